/**
 * The line loop: classifies each line, hands it to its statement parser and assembles the Scenario
 * (header, steps with their narration, `process` lines and expectations). An error ends only its own
 * line, so every line of the file gets looked at.
 */

import type {
  DeviceSpec,
  DriverDecl,
  KernelName,
  MachineSpec,
  ProcessDecl,
  Scenario,
  Step,
} from '../sim/spec.ts';
import { LineError, Cursor } from './cursor.ts';
import { parseDevice } from './device-line.ts';
import { DRIVER_WORD, parseDriver, parseHooks } from './driver-block.ts';
import { Diagnostics } from './diagnostic.ts';
import { parseExpect } from './expect-parse.ts';
import { defaultMachine, parseKernel, parseMachine, parseProcess, parseTitle } from './header.ts';
import { excerpt, lexLine, skipSpaces, slice, splitLines, toChars, type Chars, type Token } from './lexer.ts';
import { MAX_LINES, MAX_STEPS, textLimit } from './limits.ts';
import { SourceSpots } from './spots.ts';
import { standInDeviceStep, standInProcStep } from './stand-ins.ts';
import { DEVICE_OPS, PROC_OPS, parseDeviceStep, parseProcStep } from './steps.ts';

/** What the parser hands the checker. */
export interface ParsedFile {
  /** null when a limit on the text stopped the parse before it began. */
  scenario: Scenario | null;
  spots: SourceSpots;
  /** Stand-ins for step lines with syntax errors, kept so that later lines are checked sensibly. */
  broken: ReadonlySet<Step>;
  diags: Diagnostics;
}

const STATEMENTS =
  'a statement (title, kernel, machine, driver, device, process, PROC: OP, switch, eject, insert, unload, expect or > narration)';
const SINGLE_HEADERS = ['title', 'kernel', 'machine'] as const;
type SingleHeader = (typeof SINGLE_HEADERS)[number];

/** Parses the text into a Scenario, reporting syntax and structure errors (the checker does the rest). */
export function parseFile(text: string): ParsedFile {
  const diags = new Diagnostics();
  const spots = new SourceSpots();
  const broken = new Set<Step>();
  const tooBig = textLimit(text);
  if (tooBig) {
    diags.add(1, 1, tooBig);
    return { scenario: null, spots, broken, diags };
  }
  // A byte-order mark is how some editors start a file, not a character of its first line.
  const lines = splitLines(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (lines.length > MAX_LINES) {
    diags.add(MAX_LINES + 1, 1, `too many lines: ${lines.length}, the limit is ${MAX_LINES}`);
    return { scenario: null, spots, broken, diags };
  }
  const b = new Builder(diags, spots, broken);
  lines.forEach((lineText, i) => b.line(lineText, i + 1));
  return { scenario: b.finish(), spots, broken, diags };
}

/** The scenario as it grows, line by line. */
class Builder {
  private title: string | null = null;
  private kernel: KernelName | null = null;
  private machine: MachineSpec = defaultMachine();
  private readonly drivers: DriverDecl[] = [];
  /** The driver block that a `HOOK=CHOICE` line continues: the one on the line before. */
  private openDriver: DriverDecl | null = null;
  private readonly devices: DeviceSpec[] = [];
  private readonly processes: ProcessDecl[] = [];
  private readonly steps: Step[] = [];
  private readonly headerLine = new Map<SingleHeader, number>();
  private narration: string[] = [];
  private starts: ProcessDecl[] = [];

  constructor(
    private readonly diags: Diagnostics,
    private readonly spots: SourceSpots,
    private readonly broken: Set<Step>,
  ) {}

  line(lineText: string, line: number): void {
    const chars = toChars(lineText);
    const first = skipSpaces(chars);
    if (first >= chars.length) return;
    if (chars[first] === '>') {
      this.openDriver = null;
      this.narration.push(slice(chars, first + 1).trim());
      return;
    }
    const { tokens, errors, dropped, droppedCol } = lexLine(chars, line);
    const head = tokens[0];
    for (const e of errors) this.diags.add(e.line, e.col, e.message);
    this.diags.drop(dropped, line, droppedCol);
    // Blank and comment lines may stand inside a driver block; any other line ends it.
    if (!head) return;
    const driver = this.openDriver;
    this.openDriver = null;
    // A line the lexer could not read is parsed all the same, for what it declares, but its errors
    // beyond the lexer's would only be noise.
    const sink = errors.length > 0 ? new Diagnostics() : this.diags;
    const last = tokens[tokens.length - 1];
    const c = new Cursor(tokens, line, last ? last.end : 1, sink, this.spots);
    const pos = { line, col: head.col };
    const isProcStep = head.kind === 'word' && tokens[1]?.kind === 'punct' && tokens[1].text === ':';
    const isHookLine = head.kind === 'word' && tokens[1]?.kind === 'punct' && tokens[1].text === '=';
    try {
      if (isHookLine) this.hookLine(c, driver);
      else if (isProcStep) this.addStep(parseProcStep(c, pos), false);
      else this.statement(c, head, chars);
    } catch (e) {
      if (!(e instanceof LineError)) throw e;
      sink.at(e.pos, e.message);
      if (isProcStep) this.addStep(standInProcStep(tokens, pos), true);
      else if (head.kind === 'word' && (DEVICE_OPS as readonly string[]).includes(head.text)) {
        this.addStep(standInDeviceStep(pos), true);
      }
    }
  }

  private statement(c: Cursor, head: Token, chars: Chars): void {
    const pos = c.pos(head);
    const word = head.kind === 'word' ? head.text : '';
    if ((DEVICE_OPS as readonly string[]).includes(word)) return this.addStep(parseDeviceStep(c, pos), false);
    if (word === 'expect') {
      c.next();
      const lastStep = this.steps[this.steps.length - 1];
      if (!lastStep)
        c.report('an expect line checks the step before it, and there is no step before this one', head);
      const e = parseExpect(c, pos, chars);
      lastStep?.expects.push(e);
      return;
    }
    if (word === 'process') {
      c.next();
      const decl = parseProcess(c, pos);
      (this.steps.length === 0 ? this.processes : this.starts).push(decl);
      return;
    }
    if (word === DRIVER_WORD) {
      c.next();
      if (this.steps.length > 0) c.report('driver blocks come before the first step', head);
      const decl = parseDriver(c, pos);
      this.drivers.push(decl);
      this.openDriver = decl;
      return;
    }
    if (word === 'device') {
      c.next();
      if (this.steps.length > 0) c.report('device lines come before the first step', head);
      this.devices.push(parseDevice(c, pos));
      return;
    }
    const single = SINGLE_HEADERS.find((h) => h === word);
    if (!single) {
      if (head.kind === 'word' && (PROC_OPS as readonly string[]).includes(c.peek(1)?.text ?? '')) {
        c.failWith(`expected ":" after the process name "${excerpt(word)}"`, c.peek(1));
      }
      c.fail(STATEMENTS, head);
    }
    c.next();
    const firstLine = this.headerLine.get(single);
    if (firstLine !== undefined)
      c.report(`a second ${single} line (the first is on line ${firstLine})`, head);
    else if (this.steps.length > 0) c.report(`${single} lines come before the first step`, head);
    const apply = firstLine === undefined && this.steps.length === 0;
    if (firstLine === undefined) this.headerLine.set(single, pos.line);
    if (single === 'title') {
      const title = parseTitle(c);
      if (apply) this.title = title;
    } else if (single === 'kernel') {
      const kernel = parseKernel(c);
      if (apply) this.kernel = kernel;
    } else {
      const machine = parseMachine(c);
      if (apply) this.machine = machine;
    }
  }

  /** `HOOK=CHOICE ...` on its own line: more hooks of the driver block just above. */
  private hookLine(c: Cursor, driver: DriverDecl | null): void {
    if (!driver)
      c.failWith(
        `a HOOK=CHOICE line continues a driver block, and the line before is not one (start it with "driver NAME TYPE")`,
      );
    parseHooks(c, driver);
    this.openDriver = driver;
  }

  private addStep(s: Step, broken: boolean): void {
    if (this.steps.length === MAX_STEPS) this.diags.at(s.pos, `too many steps: the limit is ${MAX_STEPS}`);
    s.narration = this.narration.length > 0 ? this.narration.join('\n') : null;
    s.starts = this.starts;
    this.narration = [];
    this.starts = [];
    this.steps.push(s);
    if (broken) this.broken.add(s);
  }

  finish(): Scenario {
    return {
      title: this.title,
      kernel: this.kernel,
      machine: this.machine,
      drivers: this.drivers,
      devices: this.devices,
      processes: this.processes,
      steps: this.steps,
      trailingProcesses: this.starts,
      epilogue: this.narration.length > 0 ? this.narration.join('\n') : null,
    };
  }
}
