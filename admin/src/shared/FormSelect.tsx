import { Select, TreeSelect, type SelectProps, type TreeSelectProps } from 'antd';

/**
 * antd's Form.Item puts aria-required on its control; Select and TreeSelect render it on a plain
 * <div>, where ARIA does not allow it (axe: aria-allowed-attr). These wrappers drop it; the visible
 * required mark and the validation message still tell the user.
 */
export function withoutAriaRequired<P extends object>(props: P): P {
  const { 'aria-required': _dropped, ...rest } = props as P & { 'aria-required'?: unknown };
  return rest as P;
}

/** Searchable by default: a keyboard user (or a test) can type the option's label and press Enter. */
export function FormSelect<V = unknown>(props: SelectProps<V>) {
  return <Select<V> showSearch optionFilterProp="label" {...withoutAriaRequired(props)} />;
}

export function FormTreeSelect<V = unknown>(props: TreeSelectProps<V>) {
  return <TreeSelect<V> {...withoutAriaRequired(props)} />;
}
