// Vite's types for the renderer (import.meta.env, asset imports).
/// <reference types="vite/client" />
