export default defineBackground(() => {
  // Wired up in the in-page annotations work: per-tab claim counts on the action badge.
});
