import { Button, Drawer, Space } from 'antd';
import type { ReactNode } from 'react';

/** The console's edit drawer: a title, 取消 and 保存 in the header, the form as its body. */
export function FormDrawer(props: {
  title: ReactNode;
  width: number;
  isOpen?: boolean;
  isSaving: boolean;
  onClose: () => void;
  /** Usually `() => form.submit()`, so that the form validates before saving. */
  onSave: () => void;
  children: ReactNode;
}) {
  return (
    <Drawer
      title={props.title}
      open={props.isOpen ?? true}
      onClose={props.onClose}
      width={props.width}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={props.onClose}>取消</Button>
          <Button type="primary" loading={props.isSaving} onClick={props.onSave}>
            保存
          </Button>
        </Space>
      }
    >
      {props.children}
    </Drawer>
  );
}
