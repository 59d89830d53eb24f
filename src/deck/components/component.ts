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

/**
 * How one argument is written. Its value is checked before the component renders (component-args.ts),
 * so a component reads only values it accepts.
 */
export type ArgSpec =
  /** A switch: `step` alone or `step=true` reaches render as "true"; `step=false` leaves it out. */
  | { type: 'flag' }
  /** One or more of `values`, comma-separated, each once: `only=3,5,6`. */
  | { type: 'list'; values: readonly string[] };

/** A data-driven block written as `::: name key=value` on its own line. */
export interface Component {
  /** Arguments it accepts, by name; any other is reported as an error. */
  args: Readonly<Record<string, ArgSpec>>;
  render(args: Readonly<Record<string, string>>, ctx: ComponentContext): string;
}
