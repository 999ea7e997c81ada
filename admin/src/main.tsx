import { App as AntApp, ConfigProvider } from 'antd';
// The ES module build of the locale: the CommonJS re-export at antd/locale/zh_CN reached the
// bundle as a wrapper object, and antd silently fell back to English ("Cancel", "Close").
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './App';
import { SessionProvider } from './features/accounts/session';
import './console.css';
import { consoleTheme } from './theme';

dayjs.locale('zh-cn');

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    {/* No space inserted between two Chinese characters in buttons: "登录" stays its accessible name. */}
    <ConfigProvider locale={zhCN} theme={consoleTheme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <BrowserRouter basename="/admin">
          <SessionProvider>
            <AppRoutes />
          </SessionProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
