import type { Diagnostic, Lang, SectionSource, SourcePos } from '../types.ts';

/** What a component sees when it renders: the language, its position, and the whole deck. */
export interface ComponentContext {
  lang: Lang;
  pos: SourcePos;
  sections: readonly SectionSource[];
  diagnostics: Diagnostic[];
  /** The deck's public URL (DECK_URL), when the build has one. */
  url?: string;
}

/** A data-driven block written as `::: name key=value` on its own line. */
export interface Component {
  /** Arguments it accepts; any other is reported as an error. */
  args: readonly string[];
  render(args: Readonly<Record<string, string>>, ctx: ComponentContext): string;
}
