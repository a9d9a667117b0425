// A titled group of editor fields.
import type { ReactNode } from 'react';

export function Section(props: { title: string; children: ReactNode; wide?: boolean }) {
  return (
    <section className="editor-group">
      <h3>{props.title}</h3>
      <div className={props.wide ? 'field-rows' : 'field-grid'}>{props.children}</div>
    </section>
  );
}
