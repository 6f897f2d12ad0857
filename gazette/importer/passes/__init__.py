"""The passes that `extract` runs over plain text, one module per part of the text: `clean`
(furniture out, glued lines apart), `headline` and `head` (the headline and the lines around
it), `body` (blocks, the standfirst, captions among the paragraphs, the dateline) and `foot`
(what follows the text). `found` holds what they have read so far."""
