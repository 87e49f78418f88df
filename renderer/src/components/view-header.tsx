import type { ReactNode } from 'react';
import { useFocusOnOpen } from './use-focus-on-open';

/** Every view's one h1, in one size (heading sizes never jump between views), focused when it opens. */
export function ViewHeader(props: { title: string; lead?: ReactNode; children?: ReactNode }) {
  const ref = useFocusOnOpen<HTMLHeadingElement>();
  return (
    <header className="view-header">
      <h1 ref={ref} tabIndex={-1}>
        {props.title}
      </h1>
      {props.lead !== undefined && <p className="lead">{props.lead}</p>}
      {props.children}
    </header>
  );
}
