// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { objectSlot } from '../../../lib/portals/object-slot';

describe('objectSlot', () => {
  it('keeps a value per object, like a WeakMap keyed by it', () => {
    const slot = objectSlot<object, number>('test');
    const a = {};
    const b = {};
    expect(slot.has(a)).toBe(false);
    expect(slot.get(a)).toBeUndefined();
    slot.set(a, 1);
    slot.set(b, 2);
    expect([slot.get(a), slot.get(b), slot.has(a)]).toEqual([1, 2, true]);
    slot.set(a, 3);
    expect(slot.get(a)).toBe(3);
  });

  it('keeps two slots of the same name apart, and adds no visible property to the object', () => {
    const first = objectSlot<object, string>('same');
    const second = objectSlot<object, string>('same');
    const key = {};
    first.set(key, 'one');
    expect(second.get(key)).toBeUndefined();
    expect(Object.keys(key)).toEqual([]);
    expect(JSON.stringify(key)).toBe('{}');
  });

  it('holds a value on a DOM element and on a document', () => {
    const slot = objectSlot<object, string>('dom');
    const doc = document.implementation.createHTMLDocument('x');
    const el = doc.createElement('p');
    slot.set(doc, 'walk');
    slot.set(el, 'context');
    expect([slot.get(doc), slot.get(el), el.getAttributeNames()]).toEqual(['walk', 'context', []]);
  });
});
