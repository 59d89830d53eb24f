import { COMPONENTS, type ArgSpec, type Component } from './components/index.ts';

/** A problem in a `:::` line, with where the word it is about starts in the info string (for the column). */
export interface CallProblem {
  code: string;
  message: string;
  hint: string;
  at: number;
}

/** A `::: name key=value flag` line, read. */
export interface ComponentCall {
  name: string;
  component?: Component;
  /** The accepted arguments only: a component never sees a value its spec rejects. */
  args: Record<string, string>;
  problems: CallProblem[];
}

const ARG = /^([a-z][\w-]*)(?:=(.*))?$/i;

/**
 * Reads a component's info string: its name, then arguments `key=value` (a value may be quoted,
 * `title="a b"`) or bare flags (`step`). Each value is checked against the component's ArgSpec;
 * anything else is a problem, not ignored.
 */
export function readComponentCall(info: string): ComponentCall {
  const words = [...info.matchAll(/(?:[^\s"]|"[^"]*"?)+/g)].map((m) => ({ word: m[0], at: m.index }));
  const { word: name = '', at: nameAt = 0 } = words.shift() ?? {};
  // Own properties only: "::: constructor" must be an unknown component, not Object's constructor.
  const component = Object.hasOwn(COMPONENTS, name) ? COMPONENTS[name] : undefined;
  const call: ComponentCall = { name, args: {}, problems: [], ...(component ? { component } : {}) };
  const known = Object.keys(COMPONENTS).join(', ');
  if (!component) {
    call.problems.push(
      name
        ? { code: 'unknown-component', message: `Unknown component "${name}".`, hint: `Known: ${known}.`, at: nameAt }
        : {
            code: 'unknown-component',
            message: 'A ":::" line names no component.',
            hint: `Write "::: <name>" with a name of: ${known}; close it with a line ":::".`,
            at: 0,
          },
    );
    return call;
  }
  const seen = new Set<string>();
  const names = Object.keys(component.args);
  for (const { word, at } of words) {
    const m = ARG.exec(word);
    const key = m?.[1] ?? '';
    const spec = Object.hasOwn(component.args, key) ? component.args[key] : undefined;
    const problem = (code: string, message: string, hint: string): void => void call.problems.push({ code, message, hint, at });
    if (!m || /^"(?![\s\S]*"$)/.test(m[2] ?? ''))
      problem('bad-component-arg', `Cannot read argument "${word}" of component "${name}".`, 'Write key=value or a bare flag.');
    else if (!spec) {
      problem(
        'unknown-component-arg',
        `Unknown argument "${key}" for component "${name}".`,
        names.length ? `Known: ${names.join(', ')}.` : 'It takes no arguments.',
      );
    } else if (seen.has(key))
      problem('bad-component-arg', `Argument "${key}" is given twice to component "${name}".`, 'Give each argument once.');
    else {
      seen.add(key);
      const raw = m[2]?.replace(/^"([\s\S]*)"$/, '$1');
      const read = readValue(spec, key, raw);
      if ('problem' in read) problem('bad-component-arg', `${read.problem} (component "${name}").`, read.hint);
      else if (read.value !== undefined) call.args[key] = read.value;
    }
  }
  return call;
}

type Read = { value: string | undefined } | { problem: string; hint: string };

/** One argument's value checked against its spec: what render sees, or why it is rejected. */
function readValue(spec: ArgSpec, key: string, raw: string | undefined): Read {
  if (spec.type === 'flag') {
    if (raw === undefined || raw === 'true') return { value: 'true' };
    if (raw === 'false') return { value: undefined };
    return {
      problem: `Argument "${key}" is a flag, not "${raw}"`,
      hint: `Write "${key}" alone (or ${key}=true) to turn it on; leave it out (or write ${key}=false) to turn it off.`,
    };
  }
  const accepted = `Accepted: ${spec.values.join(', ')}; comma-separated, each once, e.g. ${key}=${spec.values.slice(0, 2).join(',')}.`;
  if (!raw) return { problem: `Argument "${key}" needs a value`, hint: accepted };
  const items = raw.split(',').map((v) => v.trim());
  const bad = items.find((v) => !spec.values.includes(v));
  if (bad !== undefined) return { problem: `Unknown value "${bad}" in ${key}="${raw}"`, hint: accepted };
  const twice = items.find((v, i) => items.indexOf(v) !== i);
  if (twice !== undefined) return { problem: `Value "${twice}" is given twice in ${key}="${raw}"`, hint: accepted };
  return { value: items.join(',') };
}
