/** The kernel models by name. */

import type { KernelName } from '../spec.ts';
import { freebsd } from './freebsd.ts';
import { irix } from './irix.ts';
import { linux } from './linux.ts';
import type { KernelModel } from './model.ts';
import { netbsd } from './netbsd.ts';

export type { KernelModel } from './model.ts';

const MODELS: Record<KernelName, KernelModel> = { linux, netbsd, irix, freebsd };

/** The model that runs a scenario under kernel `k`. */
export function kernelModel(k: KernelName): KernelModel {
  return MODELS[k];
}
