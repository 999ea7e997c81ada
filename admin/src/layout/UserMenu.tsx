import { DownOutlined, LogoutOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../features/accounts/session';

export function UserMenu() {
  const { me, logout } = useSession();
  const navigate = useNavigate();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'account', icon: <SafetyOutlined />, label: '我的账户（密码与动态验证码）' },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: '退出登录' },
        ],
        onClick: ({ key }) => {
          if (key === 'account') navigate('/account');
          if (key === 'logout') void logout();
        },
      }}
    >
      <Button type="text" icon={<UserOutlined />} aria-label={`用户菜单：${me?.displayName ?? ''}`}>
        {me?.displayName ?? me?.username} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
