import { Card, Descriptions, Flex, Tag } from 'antd';
import { PageHeading } from '../../shared/PageHeading';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useSession } from './session';
import { TotpCard } from './TotpCard';

export default function AccountPage() {
  const { me, refresh } = useSession();
  return (
    <>
      <PageHeading title="我的账户" />
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'username', label: '用户名', children: me?.username },
          { key: 'displayName', label: '姓名', children: me?.displayName },
          {
            key: 'grants',
            label: '角色',
            span: 2,
            children: me?.grants.length ? me.grants.map((g) => <Tag key={g.id}>{g.roleName}</Tag>) : '无',
          },
        ]}
      />
      <Flex vertical gap={16}>
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>修改密码</h2>}>
          <ChangePasswordForm onChanged={refresh} />
        </Card>
        <TotpCard />
      </Flex>
    </>
  );
}
