/**
 * Limited-memory BFGS with a backtracking line search: a small, deterministic minimiser for the
 * re-scorer's training (the same data gives the same weights, bit for bit, on any machine running the
 * same Node).
 */
export function minimise(
  f: (x: Float64Array, grad: Float64Array) => number,
  x0: Float64Array,
  { maxIterations = 500, memory = 10, tolerance = 1e-7 } = {},
): Float64Array {
  const n = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let fx = f(x, g);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const dot = (a: Float64Array, b: Float64Array) => {
    let t = 0;
    for (let i = 0; i < n; i++) t += a[i]! * b[i]!;
    return t;
  };
  for (let it = 0; it < maxIterations; it++) {
    // Two-loop recursion: the direction -H·g.
    const q = Float64Array.from(g);
    const alpha: number[] = [];
    for (let k = s.length - 1; k >= 0; k--) {
      const a = dot(s[k]!, q) / dot(y[k]!, s[k]!);
      alpha[k] = a;
      for (let i = 0; i < n; i++) q[i]! -= a * y[k]![i]!;
    }
    if (s.length > 0) {
      const gamma = dot(s[s.length - 1]!, y[y.length - 1]!) / dot(y[y.length - 1]!, y[y.length - 1]!);
      for (let i = 0; i < n; i++) q[i]! *= gamma;
    } else {
      const norm = Math.sqrt(dot(g, g)) || 1;
      for (let i = 0; i < n; i++) q[i]! /= norm;
    }
    for (let k = 0; k < s.length; k++) {
      const b = dot(y[k]!, q) / dot(y[k]!, s[k]!);
      for (let i = 0; i < n; i++) q[i]! += s[k]![i]! * (alpha[k]! - b);
    }
    const slope = -dot(g, q);
    if (slope >= 0) break;
    let step = 1;
    const next = new Float64Array(n);
    const nextGrad = new Float64Array(n);
    let fNext = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) next[i] = x[i]! - step * q[i]!;
      fNext = f(next, nextGrad);
      if (fNext <= fx + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(fNext < fx)) break;
    const sk = new Float64Array(n);
    const yk = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sk[i] = next[i]! - x[i]!;
      yk[i] = nextGrad[i]! - g[i]!;
    }
    if (dot(sk, yk) > 1e-12) {
      s.push(sk);
      y.push(yk);
      if (s.length > memory) {
        s.shift();
        y.shift();
      }
    }
    const improvement = fx - fNext;
    x = next;
    g = nextGrad;
    fx = fNext;
    if (improvement < tolerance * Math.max(1, Math.abs(fx))) break;
  }
  return x;
}
