// Reading a published router's IPsec tables.
import type { Item } from '../config/store';
import type { PublishedRouter } from '../directory';

export const enabled = (item: Item) => item.props.disabled !== 'true';
export const table = (router: PublishedRouter, menu: string) => router.ipsec[`ip/ipsec/${menu}`] ?? [];
export const named = (router: PublishedRouter, menu: string, name: string | undefined) =>
  table(router, menu).find((item) => item.props.name === name);
export const list = (value: string | undefined) => (value ?? '').split(',').map((part) => part.trim()).filter(Boolean);
export const intersects = (a: string | undefined, b: string | undefined) => list(a).some((value) => list(b).includes(value));
