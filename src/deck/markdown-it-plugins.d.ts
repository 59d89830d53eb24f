// These two plugins ship no types (and @types/markdown-it-container targets markdown-it 14's
// separate types, while markdown-it 15 ships its own).
declare module 'markdown-it-container' {
  import type { MarkdownIt, RendererRule } from 'markdown-it';
  interface ContainerOptions {
    marker?: string;
    validate?: (params: string, markup: string) => boolean;
    render?: RendererRule;
  }
  export default function container(md: MarkdownIt, name: string, options?: ContainerOptions): void;
}

declare module 'markdown-it-cjk-breaks' {
  import type { MarkdownIt } from 'markdown-it';
  export default function cjkBreaks(md: MarkdownIt): void;
}
