import { Empty } from 'antd';

/**
 * A table's empty state with its own words. A plain string would be drawn in the disabled grey,
 * below AA contrast; antd's Empty uses the description colour.
 */
export function EmptyText({ text }: { text: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;
}
