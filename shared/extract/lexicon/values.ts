/**
 * Values language: ethos statements with no checkable act ("customers at the centre of
 * everything we do"). README: always category `values`, strength `vague`, not measurable; the
 * organisation must be speaking (we/our/us), or "every company says it offers great service"
 * would count.
 */
import type { Phrases } from './phrases.js';

/** Phrases of ethos rather than of action. */
export const VALUES: Phrases = [
  '(at|to) the (centre|center|heart) of', 'everything (we do|that we do)', 'drives everything', 'passion', 'passionate',
  '(our|the) (top |number one |first |highest |main )?priority', 'matters? (* )?(* )?to us', 'nothing matters more', 'go(es)? out of (our|their|his|her) way',
  '(honest|fair|friendly|transparent) (advice|prices|pricing|work|workmanship)',
  'care (more |deeply |passionately |so much )?about', 'impossible for us to care', 'awake at night',
  "(can't|cannot|won't|will not|never) let (you|them|our customers|anyone|people) down", 'think of others',
  'put(ting)? (our )?(customers|others|you|people) first', 'customers? (come )?first', '(go|going|goes) the extra mile',
  'above and beyond', 'exceed(ing)? (your |their |customer )?expectations', 'committed to (improving|excellence|a consistently|the highest|high|making sure)',
  'want (every|all|our) *', 'want (every|all|our) * * *', '(excellent|great|good|outstanding|exceptional|first-class|world-class|brilliant) (customer )?service',
  'the best people', '(welcome|value) (your |honest |all )?feedback', 'keep faith', 'feel (happy|valued|supported|welcome|heard)',
  '(is|are) a commitment', "(is|it's) (simply |just )?who we are", 'stop what (we\'re|we are) doing', 'customer-(focused|centric|centred|centered)',
  'highest standards', 'high standards', "we're here (for you|to help)", '(we are|is|are) here (for you|to help)',
  '(value|respect) (our|every|each) customers?', 'improv(e|ing) the way we', 'serve you better', 'make a difference',
  'the way (we\'d|we would) want', 'as (we\'d|we would) (want|wish|expect)', 'comes? first', 'should feel (like|special|welcoming|easy|simple|safe)', 'keep it that way', 'welcoming', 'judge?ment-free',
  'should be (clear|honest|fair|simple|affordable|easy|transparent)', 'make (it|them|things|life) (simple|easy|easier|simpler|clear)',
  'never stop (improving|trying)', '(everyone|everybody|you|customers|every customer) deserves?', 'as if (it|they) (were|was) our own', 'strive for excellence', 'excellence in everything', 'always (here|there) for you',
];
