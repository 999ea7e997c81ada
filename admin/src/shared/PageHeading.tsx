import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The one h1 of a screen, with the screen's main actions beside it. */
export function PageHeading({ title, extra, description }: { title: string; extra?: ReactNode; description?: ReactNode }) {
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {title}
        </Typography.Title>
        {description ? <Typography.Paragraph style={{ margin: '4px 0 0' }}>{description}</Typography.Paragraph> : null}
      </div>
      {extra ? <Flex gap={8} wrap>{extra}</Flex> : null}
    </Flex>
  );
}
