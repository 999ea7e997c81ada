import { Card } from 'antd';
import { useId, type ReactNode } from 'react';

/** A panel named by its heading (h2 by default), so screen readers can jump between panels. */
export function Section({ title, extra, children, level = 2 }: { title: string; extra?: ReactNode; children: ReactNode; level?: 2 | 3 }) {
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={headingId} style={{ marginBottom: 16 }}>
      <Card
        size="small"
        title={
          <Heading id={headingId} className="wf-section-title">
            {title}
          </Heading>
        }
        extra={extra}
      >
        {children}
      </Card>
    </section>
  );
}
