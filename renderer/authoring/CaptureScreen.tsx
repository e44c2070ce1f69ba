// The capture screen (route `capture`): any rep can write down a lesson from a deal.
import { CaptureLesson } from '../lessons/CaptureLesson';

/** "Capture a lesson": the capture form, the autosaved draft and the rep's own lessons (renderer/lessons/). */
export function CaptureScreen() {
  return <CaptureLesson />;
}
