// HTML from the back end (already sanitised there) enters the page only through this component.
import type { HTMLAttributes } from 'react';

interface RichHtmlProps extends Omit<HTMLAttributes<HTMLElement>, 'dangerouslySetInnerHTML' | 'children'> {
  /** HTML from the API, already sanitised by the one markdown setup in core/markdown. */
  html: string;
  inline?: boolean;
}

/** The single place the UI injects HTML, so the trust boundary is easy to audit. */
export function RichHtml({ html, inline = false, className, ...rest }: RichHtmlProps) {
  const Tag = inline ? 'span' : 'div';
  const classes = [inline ? 'rich-inline' : 'rich', className].filter(Boolean).join(' ');
  return <Tag {...rest} className={classes} dangerouslySetInnerHTML={{ __html: html }} />;
}
