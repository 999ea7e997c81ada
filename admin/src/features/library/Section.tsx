import { Card } from 'antd';
import { useId, type ReactNode } from 'react';

/** A panel of the editor: a <section> named by its h2, so screen readers can jump between them. */
export function Section({ title, extra, children, id }: { title: string; extra?: ReactNode; children: ReactNode; id?: string }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} id={id} style={{ marginBottom: 16 }}>
      <Card
        size="small"
        title={
          <h2 id={headingId} className="lib-section-title">
            {title}
          </h2>
        }
        extra={extra}
      >
        {children}
      </Card>
    </section>
  );
}
