import {
  BoldOutlined,
  FontSizeOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  PictureOutlined,
  RedoOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import Image from '@tiptap/extension-image';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Form, Input, Modal, Tooltip, Typography } from 'antd';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { request } from '../../api/client';
import type { Attachment } from '../../api/types';
import { useFeedback } from '../../shared/feedback';
import { attachmentUrl } from './labels';
import './library.css';

/** Images keep the attachment they came from (`data-attachment-id`), so the server can find them. */
const LibraryImage = Image.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      attachmentId: {
        default: null,
        parseHTML: (element: HTMLElement) => element.getAttribute('data-attachment-id'),
        renderHTML: (attributes: { attachmentId?: string | number | null }) =>
          attributes.attachmentId ? { 'data-attachment-id': String(attributes.attachmentId) } : {},
      },
    };
  },
});

// Headings start at h2: the page's h1 is the item's title. Code blocks are not allowed by the
// server's allowlist of a body's tags; links open where the reader chooses.
const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    codeBlock: false,
    code: false,
    link: { openOnClick: false, autolink: true, defaultProtocol: 'https', HTMLAttributes: { target: null, rel: null } },
  }),
  LibraryImage.configure({ allowBase64: false }),
];

function isAcceptableHref(href: string): boolean {
  return /^(https?:\/\/|mailto:|tel:|\/)/i.test(href);
}

function ToolButton(props: { label: string; icon?: ReactNode; text?: string; isActive?: boolean; disabled?: boolean; onClick(): void }) {
  return (
    <Tooltip title={props.label}>
      <Button
        size="small"
        type="text"
        icon={props.icon}
        aria-label={props.label}
        aria-pressed={props.isActive === undefined ? undefined : props.isActive}
        disabled={props.disabled}
        onClick={props.onClick}
        // Keep the selection in the editor: the button acts on it.
        onMouseDown={(event) => event.preventDefault()}
      >
        {props.text}
      </Button>
    </Tooltip>
  );
}

function LinkModal({ editor, isOpen, onClose }: { editor: Editor; isOpen: boolean; onClose(): void }) {
  const [form] = Form.useForm<{ href: string }>();
  useEffect(() => {
    if (isOpen) form.setFieldsValue({ href: (editor.getAttributes('link').href as string | undefined) ?? '' });
  }, [isOpen, editor, form]);
  const apply = ({ href }: { href: string }) => {
    const value = href.trim();
    const chain = editor.chain().focus().extendMarkRange('link');
    if (!value) chain.unsetLink().run();
    else if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href: value } }] }).run();
    } else chain.setLink({ href: value }).run();
    onClose();
  };
  return (
    <Modal title="链接" open={isOpen} onCancel={onClose} onOk={() => form.submit()} okText="确定" destroyOnHidden forceRender>
      <Form form={form} layout="vertical" name="editor-link" onFinish={apply}>
        <Form.Item
          label="链接地址"
          name="href"
          extra="以 https://、http://、mailto:、tel: 或 / 开头；留空则取消链接。"
          rules={[
            {
              validator: (_, v: string) =>
                !v?.trim() || isAcceptableHref(v.trim()) ? Promise.resolve() : Promise.reject(new Error('链接地址格式不正确')),
            },
          ]}
        >
          <Input placeholder="https://" autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ImageValues {
  altText: string;
}

function ImageModal(props: {
  editor: Editor;
  isOpen: boolean;
  siteId: number;
  itemId: number | null;
  onClose(): void;
  onUploaded?(attachment: Attachment): void;
}) {
  const [form] = Form.useForm<ImageValues>();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [isUploading, setIsUploading] = useState(false);
  const { showError } = useFeedback();
  const fileInputId = useId();

  useEffect(() => {
    if (props.isOpen) {
      form.resetFields();
      setFile(null);
      setFileError(null);
    }
  }, [props.isOpen, form]);

  const upload = async ({ altText }: ImageValues) => {
    if (!file) {
      setFileError('请选择图片文件');
      return;
    }
    const data = new FormData();
    data.append('file', file);
    const query = new URLSearchParams({ siteId: String(props.siteId), altText: altText.trim() });
    if (props.itemId) query.set('itemId', String(props.itemId));
    setIsUploading(true);
    try {
      const attachment = await request<Attachment>('POST', `/api/admin/library/attachments?${query.toString()}`, data);
      if (attachment.kind !== 'image') {
        Modal.error({ title: '不是图片', content: '这个文件已作为附件上传，但不是图片，不能插入正文。' });
      } else {
        props.editor
          .chain()
          .focus()
          .insertContent({ type: 'image', attrs: { src: attachmentUrl(attachment.id), alt: altText.trim(), attachmentId: attachment.id } })
          .run();
      }
      props.onUploaded?.(attachment);
      props.onClose();
    } catch (error) {
      showError(error, form);
    } finally {
      setIsUploading(false);
    }
  };

  return (
    <Modal
      title="插入图片"
      open={props.isOpen}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText="上传并插入"
      confirmLoading={isUploading}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" name="editor-image" onFinish={upload}>
        <Form.Item
          label="图片文件"
          htmlFor={fileInputId}
          required
          validateStatus={fileError ? 'error' : undefined}
          help={fileError ?? '支持 JPG、PNG、GIF、WebP。'}
        >
          <input
            id={fileInputId}
            type="file"
            accept="image/jpeg,image/png,image/gif,image/webp"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setFileError(null);
            }}
          />
        </Form.Item>
        <Form.Item
          label="替代文本"
          name="altText"
          extra="向看不到图片的读者说明图片的内容，如“2026年一季度全市固定资产投资增长情况柱状图”。"
          rules={[
            { required: true, whitespace: true, message: '请填写替代文本' },
            { max: 200, message: '替代文本不超过200字' },
          ]}
        >
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AltTextModal({
  editor,
  isOpen,
  onClose,
  onAltText,
}: {
  editor: Editor;
  isOpen: boolean;
  onClose(): void;
  onAltText?(attachmentId: number, alt: string): void;
}) {
  const [form] = Form.useForm<ImageValues>();
  useEffect(() => {
    if (isOpen) form.setFieldsValue({ altText: (editor.getAttributes('image').alt as string | undefined) ?? '' });
  }, [isOpen, editor, form]);
  const apply = ({ altText }: ImageValues) => {
    const attachmentId = Number(editor.getAttributes('image').attachmentId);
    editor.chain().focus().updateAttributes('image', { alt: altText.trim() }).run();
    if (attachmentId) onAltText?.(attachmentId, altText.trim());
    onClose();
  };
  return (
    <Modal title="图片替代文本" open={isOpen} onCancel={onClose} onOk={() => form.submit()} okText="确定" destroyOnHidden forceRender>
      <Form form={form} layout="vertical" name="editor-alt" onFinish={apply}>
        <Form.Item
          label="替代文本"
          name="altText"
          rules={[
            { required: true, whitespace: true, message: '请填写替代文本' },
            { max: 200, message: '替代文本不超过200字' },
          ]}
        >
          <Input.TextArea rows={2} maxLength={200} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export interface RichTextEditorProps {
  /** From Form.Item: ties the field's label and errors to the editor. */
  id?: string;
  value?: string;
  onChange?(html: string): void;
  disabled?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
  siteId: number;
  itemId: number | null;
  /** An image was uploaded for the body (the editor lists it with the attachments). */
  onUploaded?(attachment: Attachment): void;
  /** The alt text of an uploaded image was changed in the body. */
  onAltText?(attachmentId: number, alt: string): void;
}

/**
 * The body editor (TipTap): a toolbar of named buttons (Tab reaches each, Enter or Space acts),
 * the usual shortcuts (Ctrl+B, Ctrl+I, Ctrl+Z), images uploaded as attachments with required
 * alternative text. The value is HTML; the server cleans it against its allowlist on save.
 */
export function RichTextEditor(props: RichTextEditorProps) {
  const { value = '', onChange, disabled = false } = props;
  const lastEmitted = useRef<string>(value);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const [dialog, setDialog] = useState<'link' | 'image' | 'alt' | null>(null);

  const editor = useEditor({
    extensions,
    content: value,
    editable: !disabled,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': '正文',
        ...(props['aria-describedby'] ? { 'aria-describedby': props['aria-describedby'] } : {}),
        ...(props['aria-invalid'] ? { 'aria-invalid': String(props['aria-invalid']) } : {}),
      },
    },
    onUpdate: ({ editor: e }) => {
      const html = e.isEmpty ? '' : e.getHTML();
      lastEmitted.current = html;
      onChangeRef.current?.(html);
    },
  });

  // A new value from outside (the form was reset, a version restored): show it.
  useEffect(() => {
    if (editor && value !== lastEmitted.current) {
      lastEmitted.current = value;
      editor.commands.setContent(value, { emitUpdate: false });
    }
  }, [editor, value]);

  useEffect(() => {
    if (editor && editor.isEditable === disabled) editor.setEditable(!disabled, false);
  }, [editor, disabled]);

  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e
        ? {
            isParagraph: e.isActive('paragraph'),
            isH2: e.isActive('heading', { level: 2 }),
            isH3: e.isActive('heading', { level: 3 }),
            isBold: e.isActive('bold'),
            isItalic: e.isActive('italic'),
            isBulletList: e.isActive('bulletList'),
            isOrderedList: e.isActive('orderedList'),
            isQuote: e.isActive('blockquote'),
            isLink: e.isActive('link'),
            isImage: e.isActive('image'),
            canUndo: e.can().undo(),
            canRedo: e.can().redo(),
          }
        : null,
  });

  if (!editor || !state) return <Typography.Text>正在加载编辑器…</Typography.Text>;
  const chain = () => editor.chain().focus();
  const isOff = disabled;

  return (
    <div id={props.id} className={`lib-editor${disabled ? ' lib-editor-disabled' : ''}`}>
      <div role="toolbar" aria-label="正文格式" className="lib-editor-toolbar">
        <ToolButton label="段落" text="段落" isActive={state.isParagraph} disabled={isOff} onClick={() => chain().setParagraph().run()} />
        <ToolButton
          label="标题（二级）"
          icon={<FontSizeOutlined />}
          text="二级"
          isActive={state.isH2}
          disabled={isOff}
          onClick={() => chain().toggleHeading({ level: 2 }).run()}
        />
        <ToolButton
          label="标题（三级）"
          text="三级"
          isActive={state.isH3}
          disabled={isOff}
          onClick={() => chain().toggleHeading({ level: 3 }).run()}
        />
        <ToolButton
          label="加粗"
          icon={<BoldOutlined />}
          isActive={state.isBold}
          disabled={isOff}
          onClick={() => chain().toggleBold().run()}
        />
        <ToolButton
          label="斜体"
          icon={<ItalicOutlined />}
          isActive={state.isItalic}
          disabled={isOff}
          onClick={() => chain().toggleItalic().run()}
        />
        <ToolButton
          label="无序列表"
          icon={<UnorderedListOutlined />}
          isActive={state.isBulletList}
          disabled={isOff}
          onClick={() => chain().toggleBulletList().run()}
        />
        <ToolButton
          label="有序列表"
          icon={<OrderedListOutlined />}
          isActive={state.isOrderedList}
          disabled={isOff}
          onClick={() => chain().toggleOrderedList().run()}
        />
        <ToolButton label="引用" text="引用" isActive={state.isQuote} disabled={isOff} onClick={() => chain().toggleBlockquote().run()} />
        <ToolButton label="链接" icon={<LinkOutlined />} isActive={state.isLink} disabled={isOff} onClick={() => setDialog('link')} />
        <ToolButton label="插入图片" icon={<PictureOutlined />} disabled={isOff} onClick={() => setDialog('image')} />
        <ToolButton label="图片替代文本" text="替代文本" disabled={isOff || !state.isImage} onClick={() => setDialog('alt')} />
        <ToolButton label="撤销" icon={<UndoOutlined />} disabled={isOff || !state.canUndo} onClick={() => chain().undo().run()} />
        <ToolButton label="重做" icon={<RedoOutlined />} disabled={isOff || !state.canRedo} onClick={() => chain().redo().run()} />
      </div>
      <EditorContent editor={editor} className="lib-editor-content" />
      <LinkModal editor={editor} isOpen={dialog === 'link'} onClose={() => setDialog(null)} />
      <ImageModal
        editor={editor}
        isOpen={dialog === 'image'}
        siteId={props.siteId}
        itemId={props.itemId}
        onClose={() => setDialog(null)}
        onUploaded={props.onUploaded}
      />
      <AltTextModal editor={editor} isOpen={dialog === 'alt'} onClose={() => setDialog(null)} onAltText={props.onAltText} />
    </div>
  );
}
