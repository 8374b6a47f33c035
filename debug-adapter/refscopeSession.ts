/**
 * RefscopeDebugSession: the Debug Adapter Protocol session of refscope-dap.
 * It only translates: each request becomes a call on runtime/inspect's
 * ProgramController, each controller event becomes a DAP event. The program
 * runs inside this process on the embedded runtime, in slices scheduled
 * with setImmediate, so pause, terminate and disconnect are served even
 * while it loops forever.
 *
 * It deliberately holds no debugging logic of its own (breakpoint
 * placement, stepping and variable views are the controller's), and never
 * lets a bad request crash the process: every failure becomes an error
 * response. The extension can run it inline; main.ts runs it over stdio.
 */

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  DebugSession,
  ExitedEvent,
  InitializedEvent,
  OutputEvent,
  Scope,
  Source,
  StackFrame,
  StoppedEvent,
  TerminatedEvent,
  Thread,
} from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { Host } from '../runtime/host';
import type { InspectorEvent, VariableView } from '../runtime/inspect/api';
import { ProgramController } from '../runtime/inspect/programController';
import type { VmPort } from '../runtime/inspect/vmPort';
import { ClientLines } from './clientLines';
import { validateLaunchArguments, type LaunchArguments } from './launchArguments';
import { createProgramHost, createRuntimePort } from './runtimeBinding';

/** What the session needs from outside; tests and the inline mode may supply their own. */
export interface SessionDependencies {
  createHost: (args: LaunchArguments) => Host;
  createPort: (host: Host) => VmPort;
  schedule: (callback: () => void) => void;
}

/** A DAP variable with Refscope's internals as an extra field, for clients (our views) that read it. */
interface RefscopeVariable extends DebugProtocol.Variable {
  refscope?: { refcount: number; address: number; size: number; typeName: string };
}

export class RefscopeDebugSession extends DebugSession {
  private readonly dependencies: SessionDependencies;
  private controller: ProgramController | null = null;
  private lines = new ClientLines(true);
  private columnsStartAt1 = true;
  private configurationDone: () => void = () => {};
  private readonly configured = new Promise<void>((resolve) => (this.configurationDone = resolve));
  private ended = false;
  /** Run Without Debugging: the program runs with no breakpoints and no stop on entry. */
  private noDebug = false;

  constructor(dependencies?: Partial<SessionDependencies>) {
    super();
    this.dependencies = {
      createHost: dependencies?.createHost ?? createProgramHost,
      createPort: dependencies?.createPort ?? createRuntimePort,
      schedule: dependencies?.schedule ?? ((callback) => void setImmediate(callback)),
    };
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
  }

  protected override initializeRequest(
    response: DebugProtocol.InitializeResponse,
    args: DebugProtocol.InitializeRequestArguments,
  ): void {
    this.lines = new ClientLines(args.linesStartAt1 ?? true);
    this.columnsStartAt1 = args.columnsStartAt1 ?? true;
    // Only what is really implemented is declared; clients hide what is not.
    response.body = {
      supportsConfigurationDoneRequest: true,
      supportsTerminateRequest: true,
      supportTerminateDebuggee: true,
      supportsEvaluateForHovers: true,
      supportsConditionalBreakpoints: false,
      supportsHitConditionalBreakpoints: false,
      supportsFunctionBreakpoints: false,
      supportsSetVariable: false,
      supportsStepBack: false,
      supportsRestartRequest: false,
      supportsExceptionInfoRequest: false,
      supportsDelayedStackTraceLoading: true,
      supportsSingleThreadExecutionRequests: false,
      exceptionBreakpointFilters: [],
    };
    this.sendResponse(response);
  }

  protected override async launchRequest(
    response: DebugProtocol.LaunchResponse,
    rawArgs: DebugProtocol.LaunchRequestArguments,
  ): Promise<void> {
    try {
      const args = validateLaunchArguments(rawArgs);
      if (typeof args === 'string') return this.fail(response, args);
      if (this.controller) return this.fail(response, 'This session has already launched a program.');
      this.noDebug = (rawArgs as { noDebug?: unknown }).noDebug === true;
      let source: string;
      try {
        source = readFileSync(args.program, 'utf8');
      } catch (error) {
        return this.fail(response, `Cannot open the program '${args.program}': ${(error as Error).message}`);
      }
      const controller = new ProgramController({
        host: this.dependencies.createHost(args),
        createPort: this.dependencies.createPort,
        schedule: this.dependencies.schedule,
      });
      controller.onEvent((event) => this.onControllerEvent(event));
      this.controller = controller;
      controller.load(source, args.program);
      // Breakpoints are asked for only now, so they are verified against the compiled program at once.
      this.sendEvent(new InitializedEvent());
      await this.configured;
      if (this.ended) return this.fail(response, 'The session ended before the program started.');
      controller.start(!this.noDebug && (args.stopOnEntry ?? false));
      this.sendResponse(response);
    } catch (error) {
      this.fail(response, error);
    }
  }

  protected override configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): void {
    this.configurationDone();
    this.sendResponse(response);
  }

  protected override setBreakPointsRequest(
    response: DebugProtocol.SetBreakpointsResponse,
    args: DebugProtocol.SetBreakpointsArguments,
  ): void {
    this.guard(response, () => {
      const path = args.source.path;
      if (!path) throw new Error('Refscope sets breakpoints in files by path only.');
      const requested = args.breakpoints?.map((bp) => bp.line) ?? args.lines ?? [];
      if (this.noDebug) {
        response.body = {
          breakpoints: requested.map((line) => ({ verified: false, line, message: 'Running without debugging.' })),
        };
        return;
      }
      const views = this.requireController().setBreakpoints(
        path,
        requested.map((line) => this.lines.toRuntime(line)),
      );
      response.body = {
        breakpoints: views.map((view) => ({
          id: view.id,
          verified: view.verified,
          line: this.lines.toClient(view.line),
          source: { path, name: basename(path) },
          ...(view.message ? { message: view.message } : {}),
          ...(view.verified ? {} : { reason: 'failed' as const }),
        })),
      };
    });
  }

  protected override setExceptionBreakPointsRequest(response: DebugProtocol.SetExceptionBreakpointsResponse): void {
    // No exception filters are declared, so there is nothing to set; clients still send the request.
    response.body = { breakpoints: [] };
    this.sendResponse(response);
  }

  protected override threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    this.guard(response, () => {
      const threads = this.controller?.threads() ?? [];
      response.body = { threads: threads.map((t) => new Thread(t.id, t.name)) };
    });
  }

  protected override stackTraceRequest(
    response: DebugProtocol.StackTraceResponse,
    args: DebugProtocol.StackTraceArguments,
  ): void {
    this.guard(response, () => {
      const frames = this.requireController().stackTrace(args.threadId);
      const start = args.startFrame ?? 0;
      const end = args.levels ? start + args.levels : frames.length;
      response.body = {
        stackFrames: frames.slice(start, end).map((frame) => {
          // Files such as <string> have no path a client could open.
          const source = frame.file.startsWith('<') ? undefined : new Source(basename(frame.file), frame.file);
          return new StackFrame(
            frame.id,
            frame.name,
            source,
            this.lines.toClient(frame.line),
            this.lines.firstColumn(this.columnsStartAt1),
          );
        }),
        totalFrames: frames.length,
      };
    });
  }

  protected override scopesRequest(response: DebugProtocol.ScopesResponse, args: DebugProtocol.ScopesArguments): void {
    this.guard(response, () => {
      const scopes = this.requireController().scopes(args.frameId);
      response.body = {
        scopes: scopes.map((scope) => {
          const dapScope: DebugProtocol.Scope = new Scope(scope.name, scope.variablesRef, scope.name === 'Globals');
          dapScope.presentationHint = scope.name === 'Locals' ? 'locals' : undefined;
          dapScope.namedVariables = scope.count;
          return dapScope;
        }),
      };
    });
  }

  protected override variablesRequest(
    response: DebugProtocol.VariablesResponse,
    args: DebugProtocol.VariablesArguments,
  ): void {
    this.guard(response, () => {
      let rows = this.requireController().variables(args.variablesReference);
      if (args.start !== undefined || args.count !== undefined) {
        const start = args.start ?? 0;
        rows = rows.slice(start, args.count ? start + args.count : undefined);
      }
      response.body = { variables: rows.map((row) => this.toDapVariable(row)) };
    });
  }

  protected override evaluateRequest(
    response: DebugProtocol.EvaluateResponse,
    args: DebugProtocol.EvaluateArguments,
  ): void {
    this.guard(response, () => {
      const result = this.requireController().evaluate(args.expression, args.frameId);
      if (!result.ok) throw new Error(result.message);
      const variable = this.toDapVariable(result.variable);
      response.body = {
        result: variable.value,
        type: variable.type,
        variablesReference: variable.variablesReference,
      };
    });
  }

  protected override continueRequest(response: DebugProtocol.ContinueResponse): void {
    this.guard(response, () => {
      this.requireController().continue();
      response.body = { allThreadsContinued: true };
    });
  }

  protected override nextRequest(response: DebugProtocol.NextResponse, args: DebugProtocol.NextArguments): void {
    this.guard(response, () => this.requireController().stepping('next', args.threadId));
  }

  protected override stepInRequest(response: DebugProtocol.StepInResponse, args: DebugProtocol.StepInArguments): void {
    this.guard(response, () => this.requireController().stepping('stepIn', args.threadId));
  }

  protected override stepOutRequest(response: DebugProtocol.StepOutResponse, args: DebugProtocol.StepOutArguments): void {
    this.guard(response, () => this.requireController().stepping('stepOut', args.threadId));
  }

  protected override pauseRequest(response: DebugProtocol.PauseResponse): void {
    this.guard(response, () => this.requireController().pause());
  }

  protected override terminateRequest(response: DebugProtocol.TerminateResponse): void {
    this.guard(response, () => {
      this.controller?.terminate();
      this.end();
    });
  }

  protected override disconnectRequest(
    response: DebugProtocol.DisconnectResponse,
    args: DebugProtocol.DisconnectArguments,
  ): void {
    this.controller?.terminate();
    this.ended = true;
    // A launch still waiting for configurationDone must not start the program after all.
    this.configurationDone();
    super.disconnectRequest(response, args);
  }

  private onControllerEvent(event: InspectorEvent): void {
    switch (event.kind) {
      case 'output':
        this.sendEvent(new OutputEvent(event.text, event.category));
        break;
      case 'stopped': {
        const stopped: DebugProtocol.StoppedEvent = new StoppedEvent(event.reason, event.threadId);
        stopped.body.allThreadsStopped = true;
        if (event.hitBreakpointIds.length > 0) stopped.body.hitBreakpointIds = event.hitBreakpointIds;
        this.sendEvent(stopped);
        break;
      }
      case 'exited':
        this.sendEvent(new ExitedEvent(event.exitCode));
        this.end();
        break;
    }
  }

  /** Sends `terminated` once, whether the program exited or was ended. */
  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.sendEvent(new TerminatedEvent());
  }

  private toDapVariable(row: VariableView): RefscopeVariable {
    const variable: RefscopeVariable = {
      name: row.name,
      value: row.value,
      type: row.type,
      variablesReference: row.variablesRef,
    };
    if (row.presentation === 'internals') {
      variable.presentationHint = { kind: row.variablesRef ? 'virtual' : 'property', attributes: ['readOnly'] };
    }
    if (row.object) {
      const { refcount, address, size, typeName } = row.object;
      variable.refscope = { refcount, address, size, typeName };
    }
    return variable;
  }

  private requireController(): ProgramController {
    if (!this.controller) throw new Error('No program has been launched yet.');
    return this.controller;
  }

  /** Runs a request's work; any failure becomes an error response instead of an exception. */
  private guard(response: DebugProtocol.Response, work: () => void): void {
    try {
      work();
      this.sendResponse(response);
    } catch (error) {
      this.fail(response, error);
    }
  }

  private fail(response: DebugProtocol.Response, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    // The message goes in as a variable, not as the format, so braces in it are shown as they are; the
    // leading underscore marks it as free of personal data, which the library requires to substitute it.
    this.sendErrorResponse(response, { id: 1, format: '{_message}', variables: { _message: message }, showUser: true });
  }
}
