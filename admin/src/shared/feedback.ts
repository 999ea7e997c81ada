import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError, isApiError } from '../api/client';

type NamePath = (string | number)[];

/** Turns a server path ("body.contact.phone", "domains.0") into a form field name. */
function toNamePath(path: string): NamePath {
  return path
    .replace(/^(body|querystring|params)\.?/, '')
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts `details[].path` of a validation error onto the matching form fields (form.setFields);
 * returns the details that match no field, so the caller can still show them.
 */
export function applyFieldErrors(form: FormInstance, error: ApiError): ApiError['details'] {
  const registered = form.getFieldsError().map((f) => f.name.join('.'));
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const unmatched: ApiError['details'] = [];
  for (const detail of error.details) {
    let name = toNamePath(detail.path);
    // A detail about "domains.0" belongs to the "domains" field when only that one exists.
    while (name.length > 0 && !registered.includes(name.join('.'))) name = name.slice(0, -1);
    if (name.length === 0) {
      unmatched.push(detail);
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(detail.message);
    byField.set(key, entry);
  }
  if (byField.size) form.setFields([...byField.values()]);
  return unmatched;
}

/** Messages in the console's antd App context (so they follow the theme and locale). */
export function useFeedback() {
  const { message } = App.useApp();
  const showError = useCallback(
    (error: unknown, form?: FormInstance) => {
      if (!isApiError(error)) {
        message.error('操作失败，请稍后再试');
        return;
      }
      if (error.status === 401 && error.code === 'UNAUTHENTICATED') return; // the login redirect says it
      const unmatched = form ? applyFieldErrors(form, error) : error.details;
      const extra = unmatched.map((d) => (d.path ? `${d.path}：${d.message}` : d.message)).join('；');
      message.error(extra ? `${error.message}（${extra}）` : error.message);
    },
    [message],
  );
  const success = useCallback((text: string) => message.success(text), [message]);
  return { showError, success };
}
