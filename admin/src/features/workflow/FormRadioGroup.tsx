import { Radio, type RadioGroupProps } from 'antd';
import { withoutAriaRequired } from '../../shared/FormSelect';

/** Radio.Group inside a required Form.Item: aria-required is not allowed on its plain <div> (axe). */
export function FormRadioGroup(props: RadioGroupProps) {
  return <Radio.Group {...withoutAriaRequired(props)} />;
}
