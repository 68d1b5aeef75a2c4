// How simulated routers find each other: each publishes its addresses and IPsec tables, keyed by
// name; a router looks the others up by their WAN addresses when it works out its tunnels. In one
// process a shared map does; routers in separate processes share a folder of small JSON files.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Item } from './config/store';

export interface PublishedRouter {
  readonly name: string;
  /** Host addresses from `/ip address` (no prefix length). */
  readonly addresses: readonly string[];
  /** `/ip/ipsec/…` tables by menu path, as the router holds them. */
  readonly ipsec: Readonly<Record<string, readonly Item[]>>;
  /** When the addresses or the IPsec configuration last changed (ms since the epoch). */
  readonly changedAt: number;
}

export interface PeerDirectory {
  publish(router: PublishedRouter): void;
  withdraw(name: string): void;
  others(name: string): readonly PublishedRouter[];
}

export class SharedMapDirectory implements PeerDirectory {
  private readonly routers = new Map<string, PublishedRouter>();
  publish(router: PublishedRouter): void {
    this.routers.set(router.name, router);
  }
  withdraw(name: string): void {
    this.routers.delete(name);
  }
  others(name: string): readonly PublishedRouter[] {
    return [...this.routers.values()].filter((router) => router.name !== name);
  }
}

export class FolderDirectory implements PeerDirectory {
  constructor(private readonly folder: string) {
    mkdirSync(folder, { recursive: true });
  }
  publish(router: PublishedRouter): void {
    // Written aside and renamed, so a reader never sees half a file.
    const file = this.fileOf(router.name);
    writeFileSync(`${file}.tmp`, JSON.stringify(router));
    renameSync(`${file}.tmp`, file);
  }
  withdraw(name: string): void {
    rmSync(this.fileOf(name), { force: true });
  }
  others(name: string): readonly PublishedRouter[] {
    const routers: PublishedRouter[] = [];
    for (const file of readdirSync(this.folder).filter((entry) => entry.endsWith('.json'))) {
      try {
        const router = JSON.parse(readFileSync(join(this.folder, file), 'utf8')) as PublishedRouter;
        if (router.name !== name) routers.push(router);
      } catch {
        // Withdrawn between the listing and the read.
      }
    }
    return routers;
  }
  private fileOf(name: string): string {
    return join(this.folder, `${encodeURIComponent(name)}.json`);
  }
}

/** The directory routers of one process share unless told otherwise. */
export const processDirectory = new SharedMapDirectory();
