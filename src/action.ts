/** GitHub Action entry point; filled in with the GitHub integration. */
export {};
