/**
 * Generated text for benchmarks: paragraphs of listing- and blog-like sentences, about a quarter of
 * them claims, the rest specs, narrative and filler. Seeded, so every run measures the same text.
 */
import { seededRandom as rng } from '../support/seeded-random';

const CLAIMS = [
  'It relieves back pain after a long day at the desk.',
  'Many buyers say it helped them fall asleep faster.',
  'Clinically proven to reduce stress in just ten minutes.',
  'My sciatica is gone after two weeks of daily use.',
  'It may ease muscle tension for some people.',
  'There is no evidence that it lowers blood pressure.',
  'Boosts circulation, energy and mood.',
  'I did not notice any change in my headaches.',
  'Releases endorphins and calms the mind.',
  'Great for sore muscles after the gym.',
];

const FILLER = [
  'The cover is made of washable cotton and comes in four colours.',
  'Weight: 1.2 kg, size 68 x 42 cm, pillow included.',
  'Delivery took three days and the box arrived in good condition.',
  'We rolled it out on the living room floor next to the sofa.',
  'The spikes are arranged in small lotus-shaped rosettes.',
  'Our daughter likes to lie on it while reading a book.',
  'It folds neatly into the carry bag for travel.',
  'Customer service answered my question within an hour.',
  'The foam base is about three centimetres thick.',
  'I use it on the floor with a thin towel underneath.',
  'The colour is slightly darker than in the photos.',
  'Shipping was free with my membership.',
  'Some reviewers prefer to start with a shirt on.',
  'The manual explains how to clean the cover by hand.',
  'It arrived with a faint smell that went away after a day.',
];

/** Paragraphs adding up to about `bytes` characters, `claimShare` of the sentences being claims. */
export function generateParagraphs(bytes: number, claimShare = 0.25, seed = 7): string[] {
  const rand = rng(seed);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < bytes) {
    const sentences: string[] = [];
    const count = 3 + Math.floor(rand() * 6);
    for (let i = 0; i < count; i++) {
      const pool = rand() < claimShare ? CLAIMS : FILLER;
      sentences.push(pool[Math.floor(rand() * pool.length)]!);
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    total += p.length + 1;
  }
  return paragraphs;
}
