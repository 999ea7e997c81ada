import { Flex } from 'antd';
import { SiteSelect } from '../shared/reference';
import { useSiteSelection } from './site-selection';

/** 站点切换: which site the column and other per-site screens work on. */
export function SiteSwitcher() {
  const { siteId, sites, select } = useSiteSelection();
  return (
    <Flex align="center" gap={8}>
      <label htmlFor="site-switcher" style={{ whiteSpace: 'nowrap' }}>
        当前网站
      </label>
      <SiteSelect
        id="site-switcher"
        sites={sites}
        value={siteId ?? undefined}
        allowClear={false}
        onChange={(value) => select(value ?? null)}
        style={{ width: 280 }}
        notFoundContent="没有可管理的网站"
      />
    </Flex>
  );
}
