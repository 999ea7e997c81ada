import { Typography } from 'antd';

/**
 * The text of an empty table. antd draws a plain string in its disabled grey (#bfbfbf, 1.8:1 on
 * white); this keeps it at the secondary text colour, above 4.5:1.
 */
export function EmptyText({ children }: { children: string }) {
  return <Typography.Text type="secondary">{children}</Typography.Text>;
}
