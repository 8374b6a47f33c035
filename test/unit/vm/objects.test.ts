/**
 * Unit tests of the object model: reference counting (increments, frees
 * at zero, containers releasing their items, immortal objects), ints on
 * both sides of 2**53, float and str repr, dict order and sizes.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../../runtime/vm/interpreter';
import { PyObject, incref, decref, deathStats, reportedRefcnt, IMMORTAL_REFCNT_REPORTED, objectSize } from '../../../runtime/objects/object';
import { newInt, newIntBig, intBinary, intToString } from '../../../runtime/objects/int';
import { newFloat, floatRepr } from '../../../runtime/objects/float';
import { newStr, strRepr } from '../../../runtime/objects/str';
import { newList, listAppend } from '../../../runtime/objects/list';
import { newTuple, EmptyTuple } from '../../../runtime/objects/tuple';
import { newDict, dictSetItem, dictGetItem, dictItems, dictDelItem } from '../../../runtime/objects/dict';
import { None } from '../../../runtime/objects/none';
import { True } from '../../../runtime/objects/bool';
import { repr } from '../../../runtime/objects/abstract';

test('a new object starts with one reference and is freed when it drops to zero', () => {
  const before = deathStats.freed;
  const l = newList([]);
  assert.equal(l.ob_refcnt, 1);
  incref(l);
  assert.equal(l.ob_refcnt, 2);
  decref(l);
  assert.equal(deathStats.freed, before);
  decref(l);
  assert.equal(deathStats.freed, before + 1);
});

test('a freed container releases its items', () => {
  const item = newStr('an item that is not interned');
  incref(item);
  const l = newList([item]);
  assert.equal(item.ob_refcnt, 2);
  decref(l);
  assert.equal(item.ob_refcnt, 1);
  decref(item);
});

test('a dict holds one reference to each key and value and releases them', () => {
  const k = newStr('key with spaces'), v = newList([]);
  const d = newDict();
  dictSetItem(d, k, v);
  assert.equal(k.ob_refcnt, 2);
  assert.equal(v.ob_refcnt, 2);
  decref(d);
  assert.equal(k.ob_refcnt, 1);
  assert.equal(v.ob_refcnt, 1);
});

test('immortal objects never change their count and report 4294967295', () => {
  for (const o of [None, True, newInt(5), EmptyTuple, newStr('')]) {
    const before = o.ob_refcnt;
    incref(o);
    decref(o);
    decref(o);
    assert.equal(o.ob_refcnt, before);
    assert.equal(reportedRefcnt(o), IMMORTAL_REFCNT_REPORTED);
  }
  assert.notEqual(reportedRefcnt(newInt(1000)), IMMORTAL_REFCNT_REPORTED);
});

test('small ints are cached and larger ones are not', () => {
  assert.equal(newInt(256), newInt(256));
  assert.equal(newInt(-5), newInt(-5));
  assert.notEqual(newInt(257), newInt(257));
});

test('int arithmetic is exact across 2**53', () => {
  const big = newInt(9007199254740991);
  const r = intBinary(big, newInt(2), 0);
  assert.ok(Number.isNaN(r.v));
  assert.equal(intToString(r), '9007199254740993');
  const back = intBinary(r, newInt(2), 10);
  assert.equal(back.v, 9007199254740991);
  assert.equal(intToString(newIntBig(-(2n ** 100n))), '-1267650600228229401496703205376');
  assert.equal(intToString(intBinary(newInt(-7), newInt(2), 2)), '-4');
  assert.equal(intToString(intBinary(newInt(-7), newInt(2), 6)), '1');
});

test('float repr matches CPython for fixed and exponent forms', () => {
  const cases: [number, string][] = [
    [0.1, '0.1'], [1e16, '1e+16'], [1e15, '1000000000000000.0'], [1e-5, '1e-05'], [0.0001, '0.0001'],
    [-0, '-0.0'], [Infinity, 'inf'], [NaN, 'nan'], [1.5e300, '1.5e+300'], [123.456, '123.456'],
  ];
  for (const [v, s] of cases) assert.equal(floatRepr(v), s, String(v));
  assert.equal(repr(newFloat(2.5)), '2.5');
});

test('str repr chooses quotes and escapes as CPython', () => {
  assert.equal(strRepr("it's"), '"it\'s"');
  assert.equal(strRepr('a"b\'c'), "'a\"b\\'c'");
  assert.equal(strRepr('\n\t\x00é€'), "'\\n\\t\\x00é€'");
  assert.equal(strRepr('\u200b'), "'\\u200b'");
});

test('dicts keep insertion order and treat 1, 1.0 and True as one key', () => {
  const d = newDict();
  dictSetItem(d, newStr('b'), newInt(1));
  dictSetItem(d, newInt(1), newStr('int'));
  dictSetItem(d, newFloat(1), newStr('float'));
  dictSetItem(d, True, newStr('bool'));
  dictSetItem(d, newStr('a'), newInt(2));
  assert.equal(repr(d), "{'b': 1, 1: 'bool', 'a': 2}");
  assert.ok(dictDelItem(d, newStr('b')));
  assert.deepEqual(Array.from(dictItems(d)).map(([k]) => repr(k)), ['1', "'a'"]);
  assert.equal(dictGetItem(d, newStr('zzz')), null);
});

test('dict and list sizes follow 64-bit CPython 3.12', () => {
  const d = newDict();
  assert.equal(objectSize(d), 64);
  dictSetItem(d, newStr('k'), None);
  assert.equal(objectSize(d), 184);
  const l = newList([]);
  assert.equal(objectSize(l), 56);
  listAppend(l, newInt(1));
  assert.equal(objectSize(l), 88);
  assert.equal(objectSize(newTuple([newInt(1), newInt(2)])), 56);
  assert.equal(objectSize(newInt(2 ** 30)), 32);
  assert.equal(objectSize(newStr('abc')), 44);
});

test('a list that contains itself prints [...]', () => {
  const l = newList([]);
  incref(l);
  listAppend(l, l);
  assert.equal(repr(l), '[[...]]');
});

export { PyObject };
