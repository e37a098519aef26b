/** The kernel models by name. */

import type { KernelName } from '../spec.ts';
import { freebsd } from './freebsd.ts';
import { irix } from './irix.ts';
import { linux } from './linux.ts';
import { linux_2_0 } from './linux_2_0.ts';
import type { KernelModel } from './model.ts';
import { netbsd } from './netbsd.ts';
import { netbsd_fo } from './netbsd_fo.ts';

export type { KernelModel } from './model.ts';

const MODELS: Record<KernelName, KernelModel> = { linux, netbsd, irix, netbsd_fo, linux_2_0, freebsd };

/** The model that runs a scenario under kernel `k`. */
export function kernelModel(k: KernelName): KernelModel {
  return MODELS[k];
}
