import { COMPONENTS, type Component } from './components/index.ts';

/** A `::: name key=value flag` line, read. */
export interface ComponentCall {
  name: string;
  component?: Component;
  args: Record<string, string>;
  /** Problems in the line, as messages with hints. */
  problems: { code: string; message: string; hint: string }[];
}

const ARG = /^([a-z][\w-]*)(?:=(.*))?$/i;

/**
 * Reads a component's info string: its name, then arguments `key=value` (a value may be quoted,
 * `title="a b"`) or bare flags (`step`, read as "true"). Anything else is a problem, not ignored.
 */
export function readComponentCall(info: string): ComponentCall {
  const words = info.match(/(?:[^\s"]|"[^"]*"?)+/g) ?? [];
  const name = words.shift() ?? '';
  // Own properties only: "::: constructor" must be an unknown component, not Object's constructor.
  const component = Object.hasOwn(COMPONENTS, name) ? COMPONENTS[name] : undefined;
  const call: ComponentCall = { name, args: {}, problems: [], ...(component ? { component } : {}) };
  if (!name) {
    call.problems.push({
      code: 'unknown-component',
      message: 'A ":::" line names no component.',
      hint: `Write "::: <name>" with a name of: ${Object.keys(COMPONENTS).join(', ')}; close it with a line ":::".`,
    });
    return call;
  }
  if (!component) {
    call.problems.push({
      code: 'unknown-component',
      message: `Unknown component "${name}".`,
      hint: `Known: ${Object.keys(COMPONENTS).join(', ')}.`,
    });
    return call;
  }
  for (const word of words) {
    const m = ARG.exec(word);
    const key = m?.[1] ?? '';
    if (!m || /^"(?![\s\S]*"$)/.test(m[2] ?? '')) {
      call.problems.push({
        code: 'bad-component-arg',
        message: `Cannot read argument "${word}" of component "${name}".`,
        hint: 'Write key=value or a bare flag.',
      });
    } else if (!component.args.includes(key)) {
      call.problems.push({
        code: 'unknown-component-arg',
        message: `Unknown argument "${key}" for component "${name}".`,
        hint: component.args.length ? `Known: ${component.args.join(', ')}.` : 'It takes no arguments.',
      });
    } else if (Object.hasOwn(call.args, key)) {
      call.problems.push({
        code: 'bad-component-arg',
        message: `Argument "${key}" is given twice to component "${name}".`,
        hint: 'Give each argument once.',
      });
    } else call.args[key] = (m[2] ?? 'true').replace(/^"(.*)"$/, '$1');
  }
  return call;
}
