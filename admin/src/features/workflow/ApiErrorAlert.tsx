import { Alert } from 'antd';
import { isApiError } from '../../api/client';

/**
 * An error of the last action, shown where it happened: a title chosen by the error's code and
 * the server's message (with its details) below it. Announced to screen readers (role=alert).
 */
export function ApiErrorAlert({ error, titles, onClose }: { error: unknown; titles: Record<string, string>; onClose?: () => void }) {
  if (!error) return null;
  if (!isApiError(error)) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        message="操作失败，请稍后再试"
        closable={!!onClose}
        onClose={onClose}
        style={{ marginBottom: 16 }}
      />
    );
  }
  const details = error.details.map((d) => d.message).filter((m) => m && m !== error.message);
  const title = titles[error.code] ?? error.message;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      closable={!!onClose}
      onClose={onClose}
      style={{ marginBottom: 16 }}
      message={title}
      description={
        <>
          {title !== error.message ? <div>{error.message}</div> : null}
          {details.length ? (
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          ) : null}
          <div style={{ fontSize: 12, marginTop: 4 }}>错误代码：{error.code}</div>
        </>
      }
    />
  );
}
