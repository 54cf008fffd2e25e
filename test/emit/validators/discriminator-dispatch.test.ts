import { dispatchIsExact } from '../../../generator/emit/validators/discriminator-dispatch.js';
import type { Discriminator, NamedSchema, Schema } from '../../../generator/model/ir.js';
import { boolean, byIdOf, composite, enumOf, named, nullable, object, optional, ref, required, string } from './ir-schemas.js';

/** A member schema whose `petType` is pinned to `tags` (required, enum). */
const pinned = (...tags: (string | number)[]) => object([required('petType', enumOf(...tags)), required('x', boolean)]);
const cat = named('#/Cat', 'Cat', pinned('cat'));
const dog = named('#/Dog', 'Dog', pinned('dog'));
const discriminator = (mapping: [string, string][]): Discriminator => ({ propertyName: 'petType', mapping: mapping.map(([value, target]) => ({ value, target })) });
const exactMapping = discriminator([['cat', '#/Cat'], ['dog', '#/Dog']]);

describe('dispatchIsExact: whether switching on the tag gives the verdict of trying every member', () => {
  const rows: { name: string; given: { members: Schema[]; discriminator?: Discriminator; schemas?: NamedSchema[] }; want: boolean }[] = [
    { name: 'each member pins its own tag and the mapping agrees', given: { members: [ref('#/Cat'), ref('#/Dog')] }, want: true },
    { name: 'a member pins two tags, both mapped to it', given: { members: [ref('#/Cat'), ref('#/Dog')], schemas: [named('#/Cat', 'Cat', pinned('cat', 'kitten')), dog], discriminator: discriminator([['cat', '#/Cat'], ['dog', '#/Dog'], ['kitten', '#/Cat']]) }, want: true },
    { name: 'the tag pinned through allOf (and a ref inside it)', given: { members: [ref('#/Cat'), ref('#/Dog')], schemas: [named('#/Cat', 'Cat', composite('allOf', [object([optional('x', string())]), ref('#/CatBase')])), named('#/CatBase', 'CatBase', pinned('cat')), dog] }, want: true },
    { name: 'the tag property is a ref to an enum schema', given: { members: [ref('#/Cat'), ref('#/Dog')], schemas: [named('#/Cat', 'Cat', object([required('petType', ref('#/CatTag'))])), named('#/CatTag', 'CatTag', enumOf('cat')), dog] }, want: true },
    { name: 'a member is inline, not a ref', given: { members: [pinned('cat'), ref('#/Dog')] }, want: false },
    { name: 'a member is a nullable ref', given: { members: [nullable(ref('#/Cat')), ref('#/Dog')] }, want: false },
    { name: 'a member is a ref to an unknown schema', given: { members: [ref('#/Cat'), ref('#/Bird')], discriminator: discriminator([['cat', '#/Cat'], ['bird', '#/Bird']]) }, want: false },
    { name: 'a member does not require the tag', given: { members: [ref('#/Cat'), ref('#/Dog')], schemas: [named('#/Cat', 'Cat', object([optional('petType', enumOf('cat'))])), dog] }, want: false },
    { name: 'a member allows any string as the tag', given: { members: [ref('#/Cat'), ref('#/Dog')], schemas: [named('#/Cat', 'Cat', object([required('petType', string())])), dog] }, want: false },
    { name: 'a member allows a null tag', given: { members: [ref('#/Cat'), ref('#/Dog')], schemas: [named('#/Cat', 'Cat', object([required('petType', nullable(enumOf('cat')))])), dog] }, want: false },
    { name: 'a member pins a number, which the string switch cannot match', given: { members: [ref('#/Cat'), ref('#/Dog')], schemas: [named('#/Cat', 'Cat', pinned(1)), dog] }, want: false },
    { name: 'two members pin the same tag', given: { members: [ref('#/Cat'), ref('#/Dog')], schemas: [cat, named('#/Dog', 'Dog', pinned('cat'))], discriminator: discriminator([['cat', '#/Cat']]) }, want: false },
    { name: 'a pinned tag is not in the mapping', given: { members: [ref('#/Cat'), ref('#/Dog')], discriminator: discriminator([['cat', '#/Cat']]) }, want: false },
    { name: 'the mapping sends a tag to the wrong member', given: { members: [ref('#/Cat'), ref('#/Dog')], discriminator: discriminator([['cat', '#/Dog'], ['dog', '#/Cat']]) }, want: false },
    { name: 'the mapping names a schema that is not a member', given: { members: [ref('#/Cat'), ref('#/Dog')], schemas: [cat, dog, named('#/Bird', 'Bird', pinned('bird'))], discriminator: discriminator([['bird', '#/Bird'], ['cat', '#/Cat'], ['dog', '#/Dog']]) }, want: false },
    { name: 'a member is a oneOf itself (not followed)', given: { members: [ref('#/Cat'), ref('#/Dog')], schemas: [named('#/Cat', 'Cat', composite('oneOf', [pinned('cat')])), dog] }, want: false },
    { name: 'a ref cycle is given up on, not followed for ever', given: { members: [ref('#/Cat'), ref('#/Dog')], schemas: [named('#/Cat', 'Cat', ref('#/Cat')), dog] }, want: false },
  ];
  for (const { name, given, want } of rows) {
    it(`${name}: ${want ? 'exact' : 'not exact'}`, () => {
      expect(dispatchIsExact(given.members, given.discriminator ?? exactMapping, byIdOf(given.schemas ?? [cat, dog]))).toBe(want);
    });
  }
});
