export default defineContentScript({
  matches: ['<all_urls>'],
  main() {
    // Wired up in the in-page annotations work.
  },
});
