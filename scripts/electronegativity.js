#!/usr/bin/env node
// `npm run security` (also the last step of `npm run lint`): runs Doyensec's Electronegativity
// over the app's sources and fails (exit 1) when a finding is not explained in the table
// "Accepted electronegativity findings" of docs/security.md, when a row of that table no longer
// matches any finding (a stale explanation would silently cover the next finding of its kind),
// when a source file cannot be parsed (it would not have been scanned), or when a source uses
// Electronegativity's `eng-disable` comments (they hide findings from that table).
//
// What is scanned, and why: one run over a temporary copy of electron/, renderer/, shared/ and
// package.json — the code electron-vite builds into the app, plus the manifest whose scripts
// the custom-arguments checks read. The TypeScript sources rather than the bundle in out/: the
// bundle gives the same findings (checked) but needs a build, which `npm run lint` does not
// have, and its line numbers move with every build and with the third-party code bundled in.
// Electronegativity parses .ts/.tsx with its @babel/parser (7.x, current TypeScript syntax)
// first and falls back to its old TypeScript 4.2 parser only when Babel fails, so the sources
// parse; a file that parses with neither fails this step instead of being skipped. One run,
// because the global checks judge the whole app (a renderer scanned alone "has no navigation
// limits"); a copy, because scanning the repository root would also scan tests/, out/ and tmp/
// and walk all of node_modules looking for Electron's version.
//
// Gate: every finding, of any severity and confidence, except ELECTRON_VERSION_JSON_CHECK (an
// inventory line, not a finding about the code). Electronegativity's ratings do not follow the
// risk to this app: it rates an explicit `nodeIntegration: true` INFORMATIONAL and a policy
// allowing `script-src 'unsafe-inline'` LOW, and its TENTATIVE findings (openExternal, for one)
// are the "review required" ones that most need a written reason.
//
// The table: one row per accepted finding, columns Check | File | Line contains | Reason.
// File is relative to the repository (N/A for an app-wide finding); "Line contains" is a piece
// of the flagged source line (empty: any line), so a row survives edits that move the line but
// not a new call of the same kind elsewhere; the reason must not be empty. A row explains at most
// one finding: two flagged windows in one file need two rows. Findings fixed in code need no row.
//
// Offline and deterministic: Electronegativity fetches translations from S3 on every start and
// Electron's release list from GitHub (AvailableSecurityFixesGlobalCheck, whose answer also
// depends on a cache in the OS temp folder); passing an Electron version (-e) does not stop
// either. Both go through `got`, so this script calls Electronegativity's programmatic entry
// with `got` replaced by a stub that fails at once, uses the bundled English texts, pins the
// Electron version to the installed one (the checks' assumed defaults depend on it), and does
// not run AvailableSecurityFixesGlobalCheck (keeping Electron current is not this step's job).
// The programmatic entry rather than the CLI's CSV or SARIF file: the CLI writes the CSV header
// and the rows as two unordered asynchronous writes (a report was seen with its first row cut),
// SARIF carries neither severity nor confidence, and neither file lists the files that failed to
// parse. The findings come back as objects, with severity, confidence, file, line and sample.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCANNED = ['electron', 'renderer', 'shared', 'package.json'];
const DOC = 'docs/security.md';
const HEADING = 'Accepted electronegativity findings';
const COLUMNS = ['check', 'file', 'line contains', 'reason'];
const NOT_GATING = new Set(['ELECTRON_VERSION_JSON_CHECK']);
const SEVERITY_ORDER = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];
const NOT_RUN = ['AvailableSecurityFixesGlobalCheck'];
// The files Electronegativity reads (util/file.js list_files), for the eng-disable search.
const SOURCE_FILE = /\.(js|jsx|ts|tsx|html|htm)$|package(-lock)?\.json$/i;

/** Runs Electronegativity on `input`, offline; returns its findings and parse errors. */
async function scan(input, electronVersion) {
  const require = createRequire(join(root, 'package.json'));
  const packageDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const fromPackage = createRequire(join(packageDir, 'package.json'));
  const gotPath = fromPackage.resolve('got');
  const offline = () => Promise.reject(new Error('crosscheck: electronegativity runs offline'));
  offline.head = offline;
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };
  process.env.LANG = 'en-US';
  const run = fromPackage(join(packageDir, 'dist', 'runner.js'));

  const said = [];
  const log = console.log;
  console.log = (...args) => said.push(args.join(' '));
  try {
    const result = await run({
      input,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: NOT_RUN.map((name) => name.toLowerCase()),
    });
    return { ...result, said: said.filter((line) => !/Could not retrieve updated translations/.test(line)) };
  } finally {
    console.log = log;
  }
}

/** The accepted findings: the rows of the table under HEADING in docs/security.md. */
function readTable(problems) {
  const path = join(root, DOC);
  if (!existsSync(path)) {
    problems.push(`${DOC} is missing.`);
    return [];
  }
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const start = lines.findIndex((line) => new RegExp(`^#{2,3}\\s+${HEADING}\\s*$`).test(line));
  if (start < 0) {
    problems.push(`${DOC} has no "## ${HEADING}" section.`);
    return [];
  }
  const rows = [];
  let header = null;
  for (let i = start + 1; i < lines.length && !/^#{1,3}\s/.test(lines[i]); i++) {
    const text = lines[i].trim();
    if (!text.startsWith('|')) {
      if (header && text) break; // the table ended
      continue;
    }
    const cells = splitRow(text);
    const where = `${DOC}:${i + 1}`;
    if (!header) {
      header = cells.map((cell) => cell.toLowerCase());
      if (header.join('|') !== COLUMNS.join('|'))
        problems.push(`${where}: the table's columns must be: ${COLUMNS.join(' | ')}.`);
      continue;
    }
    if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue; // the separator row
    const [check, file, contains, reason] = cells;
    if (cells.length !== COLUMNS.length || !/^[A-Z0-9_]+$/.test(check ?? '') || !file || !reason) {
      problems.push(`${where}: malformed row (need a check id, a file or N/A, and a reason): ${text}`);
      continue;
    }
    rows.push({ check, file, contains: /^[-—]?$/.test(contains) ? '' : contains, reason, where });
  }
  if (!header) problems.push(`${DOC}: the "${HEADING}" section holds no table.`);
  return rows;
}

/** Splits a Markdown table row on unescaped pipes; unwraps `code` cells. */
function splitRow(text) {
  const cells = text
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
  return cells.map((cell) => (/^`[^`]*`$/.test(cell) ? cell.slice(1, -1) : cell));
}

function describe(finding) {
  const at = finding.file === 'N/A' ? 'app-wide' : `${finding.file}:${finding.line}:${finding.column}`;
  const code = finding.code ? `\n      ${finding.code}` : '';
  return `${finding.severity} ${finding.confidence}  ${finding.id}  ${at}${code}\n      ${finding.description}`;
}

async function main() {
  const problems = [];
  const electronPackage = join(root, 'node_modules', 'electron', 'package.json');
  if (!existsSync(electronPackage)) {
    console.error('electronegativity: node_modules/electron is missing; run `npm install` first.');
    process.exit(1);
  }
  const electronVersion = JSON.parse(readFileSync(electronPackage, 'utf8')).version;
  const rows = readTable(problems);

  const stage = mkdtempSync(join(tmpdir(), 'crosscheck-electronegativity-'));
  let result;
  const sources = new Map();
  try {
    for (const entry of SCANNED) cpSync(join(root, entry), join(stage, entry), { recursive: true });
    for (const name of readdirSync(stage, { recursive: true })) {
      const file = String(name).split(sep).join('/');
      if (SOURCE_FILE.test(file)) sources.set(file, readFileSync(join(stage, name), 'utf8').split(/\r?\n/));
    }
    result = await scan(stage, electronVersion);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }

  for (const [file, lines] of sources) {
    lines.forEach((line, i) => {
      if (/eng-disable/.test(line))
        problems.push(
          `${file}:${i + 1}: an eng-disable comment hides findings from ${DOC}; remove it and explain the finding in the table.`,
        );
    });
  }
  for (const error of result.errors) {
    const file = relative(stage, error.file).split(sep).join('/');
    if (error.tolerable) console.warn(`electronegativity: warning while parsing ${file}: ${error.message}`);
    else problems.push(`${file} could not be parsed, so it was not scanned: ${error.message}`);
  }

  const findings = result.issues
    .map((issue) => {
      const file = issue.file === 'N/A' ? 'N/A' : issue.file.split(sep).join('/');
      const line = issue.location?.line ?? 0;
      const source = sources.get(file)?.[line - 1]?.trim() ?? '';
      return {
        id: issue.id,
        file,
        line,
        column: issue.location?.column ?? 0,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        description: issue.description,
        // Electronegativity's sample is the flagged line, or for a CSP finding the policy.
        code: (typeof issue.sample === 'string' && issue.sample.trim()) || source,
        texts: [source, typeof issue.sample === 'string' ? issue.sample : ''],
      };
    })
    .sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        a.id.localeCompare(b.id),
    );

  // One row explains one finding; rows naming a piece of the line choose first.
  const explained = new Map();
  const stale = [];
  for (const row of [...rows].sort((a, b) => b.contains.length - a.contains.length)) {
    const finding = findings.find(
      (f) =>
        !explained.has(f) &&
        f.id === row.check &&
        f.file === row.file &&
        (row.contains === '' || f.texts.some((text) => text.includes(row.contains))),
    );
    if (finding) explained.set(finding, row);
    else stale.push(row);
  }
  const gating = findings.filter((f) => !NOT_GATING.has(f.id));
  const unexplained = gating.filter((f) => !explained.has(f));

  for (const line of result.said) console.log(`electronegativity: ${line}`);
  console.log(
    `electronegativity (Electron ${electronVersion}) ran ${result.globalChecks + result.atomicChecks} checks over ${sources.size} files of ${SCANNED.join(', ')}: ` +
      `${gating.length} finding(s), ${gating.length - unexplained.length} explained in ${DOC}.`,
  );

  if (unexplained.length) {
    console.error(`\nFindings not explained in ${DOC} ("${HEADING}"):`);
    for (const f of unexplained) console.error(`  ${describe(f)}`);
    console.error(
      `Fix the code; or, only if it is safe as it is, add one row per finding to the table, e.g.\n` +
        unexplained
          .map((f) => {
            const code = f.code.slice(0, 40).replace(/\|/g, '\\|');
            return `  | \`${f.id}\` | \`${f.file}\` | \`${code}\` | <why this is safe> |`;
          })
          .join('\n'),
    );
  }
  if (stale.length) {
    console.error(`\nRows of ${DOC} that match no finding any more (remove or update them):`);
    for (const row of stale)
      console.error(
        `  ${row.where}: ${row.check} in ${row.file}${row.contains ? ` at "${row.contains}"` : ''}`,
      );
  }
  if (problems.length) {
    console.error('');
    for (const problem of problems) console.error(`electronegativity: ${problem}`);
  }
  if (unexplained.length || stale.length || problems.length) process.exit(1);
}

await main();
