/**
 * Attributes a person reads or hears (aria-label, title, alt, placeholder, and the label,
 * description and error props of the component library) must get their text from t(), like JSX
 * text does. eslint-plugin-i18next checks the JSX text; this checks these attributes.
 */
const hasWords = (text) => /\p{L}/u.test(text);

export default {
  meta: {
    type: 'problem',
    docs: { description: 'disallow hard-coded text in user-facing JSX attributes' },
    messages: { literal: 'Text of "{{name}}" must come from t(), not be written here.' },
    schema: [{ type: 'object', properties: { attributes: { type: 'array' } } }],
  },
  create(context) {
    const attributes = new Set(context.options[0]?.attributes ?? []);
    function literalText(node) {
      if (!node) return null;
      if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
      if (node.type === 'JSXExpressionContainer') return literalText(node.expression);
      if (node.type === 'TemplateLiteral')
        return node.quasis.map((quasi) => quasi.value.cooked).join('');
      return null;
    }
    return {
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : null;
        if (!name || !attributes.has(name)) return;
        const text = literalText(node.value);
        if (text !== null && hasWords(text)) {
          context.report({ node, messageId: 'literal', data: { name } });
        }
      },
    };
  },
};
