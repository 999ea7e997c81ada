import type { ThemeConfig } from 'antd';

/**
 * antd's default blue (#1677ff), red and secondary greys fall below the WCAG 2.1 AA contrast
 * ratio of 4.5:1 for normal text on white; these darker tokens keep every text readable.
 */
const readableDisabledText = { colorTextDisabled: 'rgba(0, 0, 0, 0.75)' };

export const consoleTheme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    // Hover and active states darken rather than lighten, staying above 4.5:1 on white.
    colorPrimaryHover: '#003eb3',
    colorPrimaryActive: '#002c8c',
    colorLinkHover: '#003eb3',
    colorLinkActive: '#002c8c',
    colorErrorHover: '#a8071a',
    colorErrorActive: '#820014',
    colorError: '#c41d1d',
    colorSuccess: '#237804',
    // Light backgrounds stated explicitly: derived from the dark seeds they would be too dark.
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorErrorBg: '#fff1f0',
    colorErrorBorder: '#ffa39e',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    colorWarning: '#ad5b00',
    colorInfo: '#0958d9',
    colorTextSecondary: 'rgba(0, 0, 0, 0.66)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Menu: { darkItemColor: 'rgba(255, 255, 255, 0.85)' },
    // Disabled fields are still read (an item locked in review, a reviewer's read-only view): antd
    // draws their values at 25 % black, 1.8:1 on the grey field; 75 % black stays above 4.5:1.
    // Buttons keep antd's disabled look.
    Input: readableDisabledText,
    InputNumber: readableDisabledText,
    Select: readableDisabledText,
    Cascader: readableDisabledText,
    DatePicker: readableDisabledText,
    TreeSelect: readableDisabledText,
  },
};
