// Facts derived from one router's view that several rules and every pair ask for: computed once per view.
import type { IpsecView } from '../model/ipsec';

export function perView<T>(compute: (view: IpsecView) => T): (view: IpsecView) => T {
  const cache = new WeakMap<IpsecView, T>();
  return (view) => {
    if (!cache.has(view)) cache.set(view, compute(view));
    return cache.get(view)!;
  };
}
