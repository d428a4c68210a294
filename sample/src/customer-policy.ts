/**
 * The sample company's customer service policy as a Word document: headings, a lead-in with
 * real Word bullets (numbering, not typed "•" characters) and a couple of promises.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

function heading(text: string): Paragraph {
  return new Paragraph({ text, heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 } });
}

function body(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });
}

function bullet(text: string): Paragraph {
  return new Paragraph({ text, bullet: { level: 0 } });
}

/** The policy document, ready to pack. */
export function customerPolicyDocument(): Document {
  return new Document({
    creator: 'Harbourside Home Services Ltd',
    title: 'Customer Service Policy',
    description: 'Service standards for customers of Harbourside Home Services',
    sections: [
      {
        children: [
          new Paragraph({ text: 'Customer Service Policy', heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT }),
          body('Version 3.2. Approved by the board on 9 June 2026. Next review June 2027.'),
          heading('1. Purpose'),
          body(
            'This policy sets out the service standards Harbourside Home Services Ltd offers to its customers, and how staff should apply them.',
          ),
          heading('2. Our service standards'),
          body('When you contact Harbourside, we will:'),
          bullet('answer your call within 30 seconds'),
          bullet('acknowledge every complaint within two working days'),
          bullet('treat you with courtesy and respect'),
          heading('3. Visits'),
          body("Customers are asked to give at least 24 hours' notice if they need to cancel a visit."),
          body('Engineers must record the arrival time of every visit on their handheld device.'),
          heading('4. Refunds'),
          body('Refunds for cancelled visits are paid within 5 working days.'),
          body('Refunds are made to the card used for payment.'),
          heading('5. Review'),
          body('This policy is reviewed every year by the Customer Service Manager.'),
        ],
      },
    ],
  });
}

/** The policy as .docx bytes. */
export function customerPolicyDocx(): Promise<Buffer> {
  return Packer.toBuffer(customerPolicyDocument());
}
