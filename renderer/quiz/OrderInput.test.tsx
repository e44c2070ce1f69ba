// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nContext';
import { OrderInput } from './OrderInput';

afterEach(cleanup);

const steps = [
  { index: 2, text: 'Summarise' },
  { index: 0, text: 'Open' },
  { index: 1, text: 'Ask' },
];

function Harness({ solution = null }: { solution?: number[] | null }) {
  const [order, setOrder] = useState([2, 0, 1]);
  return (
    <I18nProvider lang="en">
      <p id="prompt">Put the call in order.</p>
      <OrderInput labelledBy="prompt" steps={steps} order={order} solution={solution} onChange={setOrder} />
    </I18nProvider>
  );
}

const shown = () => Array.from(document.querySelectorAll('.order-list .order-text'), (span) => span.textContent);
const item = (text: string) => Array.from(document.querySelectorAll<HTMLElement>('.order-list .order-item')).find((li) => li.textContent?.includes(text))!;

/** A mouse drag as the browser reports it: start on one step, pass over another, drop there. */
function drag(from: string, to: string) {
  const dataTransfer = { setData: () => undefined, effectAllowed: 'none' };
  fireEvent.dragStart(item(from), { dataTransfer });
  fireEvent.dragOver(item(to), { dataTransfer });
  fireEvent.drop(item(to), { dataTransfer });
  fireEvent.dragEnd(item(from), { dataTransfer });
}

describe('OrderInput', () => {
  it('moves a step by dragging it onto another, down and up, and announces the move', () => {
    render(<Harness />);
    expect(item('Open').getAttribute('draggable')).toBe('true');
    drag('Summarise', 'Ask');
    expect(shown()).toEqual(['Open', 'Ask', 'Summarise']);
    expect(screen.getByText('“Summarise” moved to position 3 of 3')).toBeTruthy();
    drag('Ask', 'Open');
    expect(shown()).toEqual(['Ask', 'Open', 'Summarise']);
    // The buttons stay for the keyboard.
    expect(screen.getByRole('button', { name: 'Move down: Ask' })).toBeTruthy();
  });

  it('marks where the step would land while dragging', () => {
    render(<Harness />);
    fireEvent.dragStart(item('Summarise'), { dataTransfer: { setData: () => undefined } });
    fireEvent.dragOver(item('Ask'), { dataTransfer: {} });
    expect(item('Summarise').classList.contains('is-dragged')).toBe(true);
    expect(item('Ask').classList.contains('is-drop-after')).toBe(true);
    fireEvent.dragEnd(item('Summarise'));
    expect(item('Ask').classList.contains('is-drop-after')).toBe(false);
    expect(shown()).toEqual(['Summarise', 'Open', 'Ask']);
  });

  it('cannot be dragged once the answer is checked', () => {
    render(<Harness solution={[0, 1, 2]} />);
    expect(item('Open').getAttribute('draggable')).toBeNull();
    drag('Summarise', 'Ask');
    expect(shown()).toEqual(['Summarise', 'Open', 'Ask']);
  });
});
