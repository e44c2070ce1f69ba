// One broken screen must not blank the whole app.
import { Component, type ReactNode } from 'react';
import { ErrorState } from './StateViews';

interface ErrorBoundaryState {
  error: unknown;
}

/**
 * A rendering failure shows its message where the screen was, instead of blanking the whole app.
 * Keyed by route in the frame, so navigating away gives the next screen a fresh start.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error };
  }

  override render() {
    if (this.state.error) return <ErrorState error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
