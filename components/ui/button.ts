/** The two button looks (DADS): the main action of a form, and the others. */
export const buttonClass = {
  primary:
    "min-h-11 rounded-8 bg-key-900 px-6 py-2 text-std-16B-170 text-white hover:bg-key-1000 disabled:bg-solid-gray-600",
  secondary:
    "min-h-11 rounded-8 border border-key-900 bg-white px-6 py-2 text-std-16B-170 text-key-900 hover:bg-key-50 hover:underline disabled:border-solid-gray-600 disabled:text-solid-gray-700",
} as const;
