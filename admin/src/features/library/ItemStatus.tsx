import { Descriptions, Tag } from 'antd';
import type { ContentTypeInfo, LibraryItem } from '../../api/types';
import { formatTime } from '../../shared/format';
import { itemStateColors, itemStateLabels } from './labels';

/** State, version, 索引号 and who is responsible for what is published (谁发布谁负责). */
export function ItemStatus({ item, type, siteName }: { item: LibraryItem | null; type: ContentTypeInfo | undefined; siteName: string }) {
  const items = [
    {
      key: 'state',
      label: '状态',
      children: item ? <Tag color={itemStateColors[item.state]}>{itemStateLabels[item.state]}</Tag> : <Tag>未保存</Tag>,
    },
    {
      key: 'version',
      label: '版本',
      children: item
        ? `第${item.version}版${item.publishedVersion && item.publishedVersion !== item.version ? `（网站上为第${item.publishedVersion}版）` : ''}`
        : '—',
    },
    { key: 'indexNo', label: '索引号', children: item?.indexNo ?? (type?.hasIndexNo ? '保存后自动生成' : '不编索引号') },
    { key: 'site', label: '所属网站', children: siteName },
  ];
  if (item?.publishedBy) {
    items.push({ key: 'publishedBy', label: '发布责任人', children: `${item.publishedBy.name}（${formatTime(item.publishedAt)}）` });
  }
  if (item?.state === 'withdrawn' && item.withdrawnReason)
    items.push({ key: 'withdrawn', label: '撤稿原因', children: item.withdrawnReason });
  if (item) items.push({ key: 'created', label: '创建', children: `${item.createdBy.name}（${formatTime(item.createdAt)}）` });
  if (item) items.push({ key: 'updated', label: '最后修改', children: formatTime(item.updatedAt) });
  return <Descriptions size="small" bordered column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 1, xxl: 1 }} items={items} />;
}
