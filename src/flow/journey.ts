/**
 * The journey: what we ask a worried adult, where each answer leads, and what
 * each outcome tells them to do first.
 *
 * Written for someone frightened, maybe on a phone: short plain questions, no
 * blame, an "I'm not sure" where it helps, and never more than three questions
 * (counting the area question) before the help that fits. Every step on an
 * outcome comes from `shared/reference/guidance.md`; `guidance-provenance.ts`
 * records the point and its confidence for each one. Never add advice without a source.
 *
 * Every message has an explicit id, named after where it is: `<question>.title`, `.hint`, `.error`,
 * `<question>.<answer>` (and `.hint`), `area.…`, `<outcome>.title`, `.intro`, `.what-happens`,
 * `<outcome>.step.<what it says>`, and `step.…` / `what-happens.…` for the shared ones below. When
 * you reword a message keep its id: `npm run localize:check` then flags its Welsh for review
 * (locales/cy-translations.json keeps the English each Welsh was written for). A new message
 * needs a new id.
 */
import { msg } from '@lit/localize';
import { ownData } from '../config/own-data.js';
import type { Journey } from './journey-types.js';

// Steps and explanations that more than one outcome gives.
const writeItDown = () =>
  msg('Write down what you saw or heard, with the date and time.', { id: 'step.write-it-down' });
const dontConfront = () => msg('Do not confront the person you are worried about.', { id: 'step.do-not-confront' });
const tellIfAtRisk = () =>
  msg('If you think a child is at risk, tell children’s services or the police on 101.', {
    id: 'step.tell-if-at-risk',
    desc: '“At risk” (Welsh: sy’n wynebu risg) is not “in danger” (mewn perygl): harm may not have happened yet.',
  });
const alsoTellOfficer = () =>
  msg('If you work or volunteer with children, tell your Safeguarding Officer too.', { id: 'step.also-tell-officer' });
const nspccFirst = () =>
  msg('If you want to talk it through first, call the NSPCC helpline.', { id: 'step.nspcc-first' });
const happeningNow = () =>
  msg('If it is happening now, or the child will be with the person who may be harming them tonight, call 999.', {
    id: 'step.happening-now',
  });
const feelUnsafe = () =>
  msg('If you feel unsafe yourself, call the Live Fear Free helpline, any time.', { id: 'step.feel-unsafe' });
const reportToSite = () => msg('Report it to the website or app too.', { id: 'step.report-to-site' });
const keepMessages = () =>
  msg(
    'Do not reply to or confront the person. Keep the messages and their username. Do not delete anything, but do not screenshot or send any pictures.',
    { id: 'step.keep-messages' },
  );
// Practitioners: a nude picture of a child they work with (tell the officer; never view it).
const noViewingImage = () =>
  msg('If there is a nude picture of a child, do not look at it, copy it or send it.', { id: 'step.no-viewing-image' });
// Practitioners: a disclosure in brief, then recording and not investigating (both practitioner outcomes).
const disclosureInBrief = () =>
  msg('If a child told you: listen and stay calm, do not promise to keep it secret, and do not confront anyone.', {
    id: 'step.disclosure-in-brief',
  });
const practitionerRecord = () =>
  msg(
    'As soon as you can, within 24 hours, write down what you saw or heard. Use the child’s own words. Add the date, the time and who was there.',
    { id: 'step.practitioner-record' },
  );
const noLeadingQuestions = () =>
  msg('Do not investigate or ask leading questions.', { id: 'step.no-leading-questions' });
const noProofNeeded = () => msg('You do not need proof. Being worried is enough.', { id: 'step.no-proof-needed' });
const reportingExplained = () =>
  msg(
    'They will ask what you know: the child’s name, age and address, and about the person you are worried about. Tell them what you can. They take every report seriously and decide what to do. Finding out what happened is their job, not yours. If you are not reporting as part of your job, you do not have to give your name. You can ask them not to tell the family who called. They will try, but they cannot always promise.',
    { id: 'what-happens.reporting' },
  );
const stopItNowExplained = () =>
  msg('An adviser listens, helps you think through your worry, and agrees with you what to do next.', {
    id: 'what-happens.stop-it-now',
  });
const childlineExplained = () =>
  msg(
    'What you tell Childline stays between you and them, unless they are really worried about your safety or someone else’s. If so, they will try to talk to you first. Calls to 0800 1111 do not show on phone bills, but they may still show in the phone’s call list.',
    { id: 'what-happens.childline' },
  );

/**
 * Prototype-less all the way down (`ownData`): a name another script puts on Object.prototype
 * (`question`, `stepsTitle`…) is never read as part of the journey.
 */
export const journey: Journey = ownData<Journey>({
  first: 'concern',
  questions: {
    // Triage, not a menu: one kind of answer per question. Question 1 says what the visitor needs
    // help with, grouped and ordered (urgent; a child; someone's behaviour; at work; me; then, after
    // "or", learning and something else); what happened, online, whose behaviour and age follow.
    concern: {
      id: 'concern',
      title: () => msg('What do you need help with?', { id: 'concern.title' }),
      errorMessage: () => msg('Choose what you need help with', { id: 'concern.error' }),
      answers: [
        {
          id: 'danger-now',
          label: () => msg('A child is in danger now, or is missing', { id: 'concern.danger-now' }),
          hint: () => msg('Or about to meet someone unsafe', { id: 'concern.danger-now.hint' }),
          next: { outcome: 'emergency' },
        },
        {
          id: 'child-abused',
          label: () => msg('I think a child is being sexually abused or exploited', { id: 'concern.child-abused' }),
          hint: () =>
            msg('Online too, even if they seem willing', {
              id: 'concern.child-abused.hint',
              desc: 'Hint under “I think a child is being sexually abused or exploited”: it can happen online, and exploitation is abuse even if the child seems to agree.',
            }),
          next: { question: 'what-happened' },
        },
        {
          id: 'behaviour',
          label: () => msg('Someone’s behaviour with children makes me uneasy', { id: 'concern.behaviour' }),
          hint: () => msg('An adult’s, a child’s or my own', { id: 'concern.behaviour.hint' }),
          next: { question: 'whose-behaviour' },
        },
        {
          id: 'work-with-children',
          label: () => msg('A child I work or volunteer with', { id: 'concern.work-with-children' }),
          next: { question: 'work-officer' },
        },
        {
          id: 'young-person',
          label: () => msg('I’m under 18 and need help', { id: 'concern.young-person' }),
          next: { outcome: 'young-person' },
        },
        {
          id: 'survivor',
          label: () => msg('I was sexually abused as a child', { id: 'concern.survivor' }),
          next: { outcome: 'survivor' },
        },
        {
          id: 'learn',
          label: () => msg('Learning to keep children safe', { id: 'concern.learn' }),
          next: { outcome: 'learn' },
          afterDivider: true,
        },
        {
          id: 'something-else',
          label: () => msg('Something else', { id: 'concern.something-else' }),
          next: { outcome: 'something-else' },
          afterDivider: true,
        },
      ],
    },
    'what-happened': {
      id: 'what-happened',
      title: () => msg('What has happened?', { id: 'what-happened.title' }),
      hint: () => msg('You do not need proof to ask for help.', { id: 'what-happened.hint' }),
      errorMessage: () => msg('Choose what has happened', { id: 'what-happened.error' }),
      answers: [
        {
          id: 'disclosed',
          label: () => msg('A child told me', { id: 'what-happened.disclosed' }),
          next: { outcome: 'child-told' },
        },
        {
          id: 'saw',
          label: () => msg('I saw, heard or noticed something', { id: 'what-happened.saw' }),
          hint: () => msg('Such as signs or changes in a child', { id: 'what-happened.saw.hint' }),
          next: { outcome: 'report-abuse' },
        },
        {
          id: 'online',
          label: () => msg('It is happening online', { id: 'what-happened.online' }),
          hint: () => msg('Sexual images, messages or blackmail', { id: 'what-happened.online.hint' }),
          next: { question: 'online' },
        },
        {
          id: 'unsure',
          label: () => msg('I am not sure. Something does not feel right', { id: 'what-happened.unsure' }),
          next: { outcome: 'talk-it-through' },
        },
      ],
    },
    online: {
      id: 'online',
      title: () => msg('What is happening online?', { id: 'online.title' }),
      errorMessage: () => msg('Choose what is happening online', { id: 'online.error' }),
      answers: [
        {
          id: 'images',
          label: () => msg('I saw sexual images of a child on a website or app', { id: 'online.images' }),
          next: { outcome: 'online-images' },
        },
        {
          id: 'images-device',
          label: () =>
            msg('I found sexual images of a child on an adult’s phone or computer', { id: 'online.images-device' }),
          next: { outcome: 'online-images-device' },
        },
        {
          id: 'nude-shared',
          label: () => msg('A young person’s nude picture is being shared', { id: 'online.nude-shared' }),
          hint: () => msg('No one is asking for money or more pictures', { id: 'online.nude-shared.hint' }),
          next: { outcome: 'online-nude-shared' },
        },
        {
          id: 'grooming',
          label: () => msg('Someone is contacting a child in a sexual way', { id: 'online.grooming' }),
          hint: () => msg('Someone they know only online', { id: 'online.grooming.hint' }),
          next: { outcome: 'online-grooming' },
        },
        {
          id: 'blackmail',
          label: () => msg('A child is being blackmailed with sexual images', { id: 'online.blackmail' }),
          hint: () => msg('Someone wants money or more pictures', { id: 'online.blackmail.hint' }),
          next: { outcome: 'online-blackmail' },
        },
      ],
    },
    'whose-behaviour': {
      id: 'whose-behaviour',
      title: () => msg('Whose behaviour worries you?', { id: 'whose-behaviour.title' }),
      errorMessage: () => msg('Choose whose behaviour worries you', { id: 'whose-behaviour.error' }),
      answers: [
        {
          id: 'family',
          label: () => msg('Someone in my family or my life', { id: 'whose-behaviour.family' }),
          hint: () => msg('A partner, relative, friend or neighbour', { id: 'whose-behaviour.family.hint' }),
          next: { outcome: 'adult-behaviour' },
        },
        {
          id: 'colleague',
          label: () => msg('Someone I work or volunteer with', { id: 'whose-behaviour.colleague' }),
          next: { outcome: 'staff-own' },
        },
        {
          id: 'lead',
          label: () => msg('My Safeguarding Officer, head or manager', { id: 'whose-behaviour.lead' }),
          next: { outcome: 'practitioner-report' },
        },
        {
          id: 'worker',
          label: () => msg('Someone else who works or volunteers with children', { id: 'whose-behaviour.worker' }),
          hint: () => msg('A teacher, coach, youth leader or faith leader', { id: 'whose-behaviour.worker.hint' }),
          next: { outcome: 'staff-public' },
        },
        {
          id: 'child',
          label: () => msg('A child or teenager', { id: 'whose-behaviour.child' }),
          hint: () => msg('Towards other children, or what they view online', { id: 'whose-behaviour.child.hint' }),
          next: { outcome: 'child-behaviour' },
        },
        {
          id: 'own',
          label: () => msg('My own thoughts or behaviour', { id: 'whose-behaviour.own' }),
          next: { question: 'own-age' },
        },
      ],
    },
    'own-age': {
      id: 'own-age',
      title: () => msg('Are you under 18?', { id: 'own-age.title' }),
      hint: () => msg('We ask so that we show you the right people to talk to.', { id: 'own-age.hint' }),
      errorMessage: () => msg('Choose yes or no', { id: 'own-age.error' }),
      answers: [
        {
          id: 'under-18',
          label: () => msg('Yes, I am under 18', { id: 'own-age.under-18' }),
          next: { outcome: 'own-thoughts-young' },
        },
        {
          id: 'adult',
          label: () => msg('No, I am 18 or over', { id: 'own-age.adult' }),
          next: { outcome: 'own-thoughts-adult' },
        },
      ],
    },
    'work-officer': {
      id: 'work-officer',
      title: () => msg('Can you speak to your Safeguarding Officer straight away?', { id: 'work-officer.title' }),
      hint: () =>
        msg(
          'This is the person at your organisation who deals with worries about children. In a school they are the Designated Safeguarding Person.',
          { id: 'work-officer.hint' },
        ),
      errorMessage: () =>
        msg('Choose whether you can speak to your Safeguarding Officer', { id: 'work-officer.error' }),
      answers: [
        { id: 'yes', label: () => msg('Yes', { id: 'work-officer.yes' }), next: { outcome: 'practitioner-officer' } },
        {
          id: 'no',
          label: () => msg('No, or my worry is about them', { id: 'work-officer.no' }),
          next: { outcome: 'practitioner-report' },
        },
        {
          id: 'not-sure',
          label: () => msg('We do not have one, or I am not sure', { id: 'work-officer.not-sure' }),
          next: { outcome: 'practitioner-report' },
        },
      ],
    },
  },
  area: {
    public: {
      title: () => msg('Which council area does the child live in?', { id: 'area.public.title' }),
      hint: () => msg('Children’s services are run by the council where the child lives.', { id: 'area.public.hint' }),
      errorMessage: () => msg('Choose the council area where the child lives', { id: 'area.public.error' }),
    },
    professional: {
      title: () => msg('In which council area did your concern arise?', { id: 'area.professional.title' }),
      hint: () =>
        msg(
          'Report to the council where you think the harm happened, which may not be where you work. If you are not sure, ask your own council.',
          { id: 'area.professional.hint' },
        ),
      errorMessage: () => msg('Choose the council area where your concern arose', { id: 'area.professional.error' }),
    },
    otherAnswers: [
      { id: 'elsewhere', label: () => msg('Somewhere else', { id: 'area.elsewhere' }) },
      { id: 'unknown', label: () => msg('I do not know', { id: 'area.unknown' }) },
    ],
    listLabel: () => msg('Council area', { id: 'area.list-label' }),
    listPlaceholder: () => msg('Choose an area', { id: 'area.list-placeholder' }),
  },
  outcomes: {
    emergency: {
      id: 'emergency',
      title: () => msg('Call the police now', { id: 'emergency.title' }),
      intro: () =>
        msg('If a child is in danger right now, call 999. If a child is missing, call the police straight away.', {
          id: 'emergency.intro',
        }),
      recommended: 'police-emergency',
      steps: [
        () =>
          msg('If a child is missing, call 999 straight away. You do not need to wait 24 hours.', {
            id: 'emergency.step.missing-call-999',
          }),
        () =>
          msg(
            'Tell the police if you think the child is being exploited, and if they have gone missing before. Report it every time they go missing, even if it happens often.',
            { id: 'emergency.step.exploited-or-missing-before' },
          ),
        () =>
          msg('When the child is safe, tell children’s services what happened.', {
            id: 'emergency.step.tell-childrens-services',
          }),
      ],
      also: ['police-non-emergency', 'childrens-services'],
      more: ['stop-it-now'],
      needsArea: false,
      audience: 'public',
      kind: 'emergency',
    },
    'child-told': {
      id: 'child-told',
      title: () => msg('Listen, then report it today', { id: 'child-told.title' }),
      intro: () => msg('Tell children’s services today, even if you are not sure.', { id: 'child-told.intro' }),
      recommended: 'childrens-services',
      steps: [
        happeningNow,
        () => msg('Listen and stay calm. Do not show shock or disbelief.', { id: 'child-told.step.stay-calm' }),
        () =>
          msg('Tell the child they did the right thing, it is not their fault, and you take them seriously.', {
            id: 'child-told.step.right-thing',
          }),
        () =>
          msg('Do not promise to keep it secret. Explain that you will tell people who can help.', {
            id: 'child-told.step.no-secret',
          }),
        () =>
          msg(
            'Do not ask lots of questions or try to find out more. That is the job of social services and the police.',
            { id: 'child-told.step.no-questions' },
          ),
        () => msg('Do not confront the person the child told you about.', { id: 'child-told.step.no-confronting' }),
        () =>
          msg(
            'As soon as you can, write down what the child said, in their own words, and what you said, with the date and time.',
            { id: 'child-told.step.write-it-down' },
          ),
        feelUnsafe,
        alsoTellOfficer,
      ],
      whatHappens: reportingExplained,
      also: ['police-non-emergency', 'nspcc', 'live-fear-free'],
      needsArea: true,
      audience: 'public',
      kind: 'report',
    },
    'report-abuse': {
      id: 'report-abuse',
      title: () => msg('Tell children’s services', { id: 'report-abuse.title' }),
      intro: () =>
        msg('Tell the children’s services of the council where the child lives, today if you can.', {
          id: 'report-abuse.intro',
        }),
      recommended: 'childrens-services',
      steps: [
        happeningNow,
        noProofNeeded,
        () =>
          msg('Do not question the child or try to find out more yourself.', { id: 'report-abuse.step.no-questions' }),
        writeItDown,
        dontConfront,
        alsoTellOfficer,
      ],
      whatHappens: reportingExplained,
      also: ['police-non-emergency', 'nspcc'],
      more: ['stop-it-now'],
      needsArea: true,
      audience: 'public',
      kind: 'report',
    },
    'talk-it-through': {
      id: 'talk-it-through',
      title: () => msg('Talk it through with a helpline', { id: 'talk-it-through.title' }),
      intro: () => msg('It is right to ask when something does not feel right.', { id: 'talk-it-through.intro' }),
      recommended: 'stop-it-now',
      whenClosed: ['nspcc', 'police-non-emergency'],
      steps: [writeItDown, tellIfAtRisk, alsoTellOfficer],
      whatHappens: stopItNowExplained,
      also: ['nspcc', 'childrens-services'],
      more: ['police-non-emergency'],
      needsArea: false,
      audience: 'public',
      kind: 'talk',
    },
    'online-images': {
      id: 'online-images',
      title: () => msg('Report the images. Do not share them', { id: 'online-images.title' }),
      intro: () => msg('Report the web address to the Internet Watch Foundation.', { id: 'online-images.intro' }),
      recommended: 'iwf',
      steps: [
        () =>
          msg(
            'Do not download, save, screenshot or send the images to anyone, not even to the police or as evidence. The law does not allow copies.',
            { id: 'online-images.step.no-copies' },
          ),
        () =>
          msg('Copy the web address (URL) or write it down, then close the page.', {
            id: 'online-images.step.copy-address',
          }),
        () =>
          msg(
            'Report the web address to the Internet Watch Foundation. That is all they need, and you do not have to give your name.',
            { id: 'online-images.step.report-to-iwf' },
          ),
        reportToSite,
        () =>
          msg(
            'If there is no web address, such as in a private chat, report it to the app and call the police on 101.',
            { id: 'online-images.step.no-address' },
          ),
        () =>
          msg('If you are worried about what you have been viewing, the Stop It Now helpline can help.', {
            id: 'online-images.step.own-viewing',
          }),
        () =>
          msg('Seeing images like this is upsetting. It can help to talk to someone.', {
            id: 'online-images.step.upsetting',
          }),
        alsoTellOfficer,
      ],
      also: ['ceop', 'police-non-emergency'],
      more: ['stop-it-now', 'nspcc'],
      needsArea: false,
      audience: 'public',
      kind: 'report',
    },
    'online-images-device': {
      id: 'online-images-device',
      title: () => msg('Call the police. Do not copy anything', { id: 'online-images-device.title' }),
      intro: () => msg('Call the police on 101 and tell them what you found.', { id: 'online-images-device.intro' }),
      recommended: 'police-non-emergency',
      steps: [
        () =>
          msg(
            'Leave everything on the phone or computer as it is. Do not copy, send, move or delete anything. Copying the images is a crime.',
            { id: 'online-images-device.step.leave-everything' },
          ),
        () => msg('If a child is in danger right now, call 999.', { id: 'online-images-device.step.danger-999' }),
        dontConfront,
        () =>
          msg(
            'The Stop It Now helpline gives advice to people whose partner, relative or friend has sexual images of children.',
            { id: 'online-images-device.step.stop-it-now' },
          ),
        feelUnsafe,
        alsoTellOfficer,
      ],
      also: ['stop-it-now', 'live-fear-free'],
      more: ['nspcc'],
      needsArea: false,
      audience: 'public',
      kind: 'report',
    },
    'online-nude-shared': {
      id: 'online-nude-shared',
      title: () => msg('Help get the picture taken down', { id: 'online-nude-shared.title' }),
      intro: () =>
        msg('Report Remove can help a young person under 18 get a nude picture taken down.', {
          id: 'online-nude-shared.intro',
        }),
      recommended: 'report-remove',
      steps: [
        () =>
          msg('Tell the young person it is not their fault, and they are not in trouble.', {
            id: 'online-nude-shared.step.not-their-fault',
          }),
        () =>
          msg('Do not look at, copy or send the picture, not even to the police.', {
            id: 'online-nude-shared.step.no-copies',
          }),
        () =>
          msg('The young person makes the report with a Childline account. You can help them do it.', {
            id: 'online-nude-shared.step.childline-account',
          }),
        reportToSite,
        () =>
          msg(
            'If someone is threatening to share it unless they pay or send more, call the police on 101. Do not pay.',
            { id: 'online-nude-shared.step.threats' },
          ),
        alsoTellOfficer,
      ],
      whatHappens: () =>
        msg(
          'Report Remove works with the Internet Watch Foundation. They usually take the picture down from websites and apps within a working day. They cannot remove copies saved on someone’s phone, or sent in private chats such as WhatsApp.',
          { id: 'online-nude-shared.what-happens' },
        ),
      also: ['childline', 'ceop'],
      more: ['police-non-emergency', 'nspcc'],
      needsArea: false,
      audience: 'public',
      kind: 'report',
    },
    'online-grooming': {
      id: 'online-grooming',
      title: () => msg('Report it to CEOP', { id: 'online-grooming.title' }),
      intro: () =>
        msg('Report online grooming to CEOP, part of the National Crime Agency.', { id: 'online-grooming.intro' }),
      recommended: 'ceop',
      steps: [
        () =>
          msg('If the child is about to meet them, or is in danger right now, call 999.', {
            id: 'online-grooming.step.meeting-999',
          }),
        () =>
          msg('Tell the child it is not their fault and they are not in trouble.', {
            id: 'online-grooming.step.not-their-fault',
          }),
        keepMessages,
        () =>
          msg(
            'Report it to CEOP. You have to give your name. A child protection adviser reads every report and will get in touch with you.',
            { id: 'online-grooming.step.report-to-ceop' },
          ),
        () =>
          msg('If the person works or volunteers with children, tell children’s services too.', {
            id: 'online-grooming.step.works-with-children',
          }),
        nspccFirst,
        alsoTellOfficer,
      ],
      also: ['nspcc', 'police-non-emergency'],
      more: ['childrens-services'],
      needsArea: false,
      audience: 'public',
      kind: 'report',
    },
    'online-blackmail': {
      id: 'online-blackmail',
      title: () => msg('Do not pay, and report it', { id: 'online-blackmail.title' }),
      intro: () =>
        msg('Report it to the police on 101. Paying does not stop the threats.', { id: 'online-blackmail.intro' }),
      recommended: 'police-non-emergency',
      steps: [
        () => msg('Tell the child it is not their fault.', { id: 'online-blackmail.step.not-their-fault' }),
        () =>
          msg('Keep the messages, usernames and any payment details. Do not delete them.', {
            id: 'online-blackmail.step.keep-evidence',
          }),
        () =>
          msg('Do not pay. If you have already paid, do not pay any more. Stop replying and block the person.', {
            id: 'online-blackmail.step.do-not-pay',
          }),
        () =>
          msg('Do not screenshot, save or send the picture itself, not even to the police.', {
            id: 'online-blackmail.step.no-copies',
          }),
        () =>
          msg(
            'Report it to the police on 101, or 999 if the child may come to harm right now. You can also report it to CEOP.',
            { id: 'online-blackmail.step.report-to-police' },
          ),
        () =>
          msg(
            'Report Remove can help get the picture taken down, even if it has not been shared yet. A young person under 18 can use it, and you can help them.',
            { id: 'online-blackmail.step.report-remove' },
          ),
        alsoTellOfficer,
      ],
      also: ['ceop', 'report-remove'],
      more: ['childline', 'nspcc'],
      needsArea: false,
      audience: 'public',
      kind: 'report',
    },
    'adult-behaviour': {
      id: 'adult-behaviour',
      title: () => msg('Get advice about an adult’s behaviour', { id: 'adult-behaviour.title' }),
      intro: () =>
        msg('The Stop It Now helpline can talk with you about what you have seen and what to do next.', {
          id: 'adult-behaviour.intro',
        }),
      recommended: 'stop-it-now',
      whenClosed: ['nspcc', 'police-non-emergency'],
      steps: [
        dontConfront,
        writeItDown,
        tellIfAtRisk,
        () =>
          msg(
            'If you found sexual images of a child on their phone or computer, call the police on 101. Do not copy, move or delete anything.',
            { id: 'adult-behaviour.step.images-found' },
          ),
        feelUnsafe,
        alsoTellOfficer,
      ],
      whatHappens: stopItNowExplained,
      also: ['childrens-services', 'police-non-emergency'],
      more: ['nspcc', 'live-fear-free'],
      needsArea: false,
      audience: 'public',
      kind: 'talk',
    },
    'staff-own': {
      id: 'staff-own',
      title: () => msg('Tell your Safeguarding Officer straight away', { id: 'staff-own.title' }),
      intro: () =>
        msg('Tell the Safeguarding Officer where you work or volunteer, straight away.', { id: 'staff-own.intro' }),
      recommended: 'safeguarding-officer',
      steps: [
        () =>
          msg(
            'Go straight to children’s services if your worry is about your Safeguarding Officer, head or manager. Do the same if they do nothing.',
            { id: 'staff-own.step.officer-involved' },
          ),
        () => msg('Do not tell the person.', { id: 'staff-own.step.do-not-tell' }),
        () =>
          msg('Write down what you saw or heard, with the date and time. Keep to the facts.', {
            id: 'staff-own.step.write-it-down',
          }),
        () => msg('Do not investigate or question anyone yourself.', { id: 'staff-own.step.no-investigating' }),
        () => msg('Report it even if you get on well with them.', { id: 'staff-own.step.report-anyway' }),
      ],
      whatHappens: () =>
        msg(
          'Your employer should tell the council within 24 hours, or the next working day out of office hours. The council’s Designated Officer for Safeguarding deals with worries about staff. Your employer must not look into it on its own.',
          { id: 'staff-own.what-happens' },
        ),
      also: ['childrens-services', 'wales-procedures-duty'],
      more: ['nspcc', 'police-non-emergency'],
      needsArea: false,
      audience: 'professional',
      kind: 'report',
    },
    'staff-public': {
      id: 'staff-public',
      title: () => msg('Report your worry about them', { id: 'staff-public.title' }),
      intro: () =>
        msg(
          'You can tell the safeguarding lead where they work. Or go straight to children’s services or the police.',
          { id: 'staff-public.intro' },
        ),
      recommended: 'childrens-services',
      steps: [
        () =>
          msg(
            'If your worry is about the safeguarding lead, the head or the manager, go straight to children’s services. Do not tell them first.',
            { id: 'staff-public.step.lead-involved' },
          ),
        writeItDown,
        dontConfront,
        () => msg('If it happened online, you can also report it to CEOP.', { id: 'staff-public.step.ceop' }),
        nspccFirst,
        alsoTellOfficer,
      ],
      whatHappens: reportingExplained,
      also: ['police-non-emergency', 'nspcc'],
      more: ['ceop'],
      needsArea: true,
      audience: 'public',
      kind: 'report',
    },
    'child-behaviour': {
      id: 'child-behaviour',
      title: () => msg('Get advice about a child’s sexual behaviour', { id: 'child-behaviour.title' }),
      intro: () =>
        msg('The Stop It Now helpline helps parents and carers worried about a child’s sexual behaviour.', {
          id: 'child-behaviour.intro',
        }),
      recommended: 'stop-it-now',
      whenClosed: ['nspcc', 'police-non-emergency'],
      steps: [
        () =>
          msg('If another child is being harmed, tell children’s services or the police on 101.', {
            id: 'child-behaviour.step.child-harmed',
          }),
        () => msg('Call the Stop It Now helpline to talk it through.', { id: 'child-behaviour.step.call-stop-it-now' }),
        () =>
          msg('Read Stop It Now’s guide to what is normal for a child’s age.', {
            id: 'child-behaviour.step.whats-normal',
          }),
        alsoTellOfficer,
      ],
      whatHappens: stopItNowExplained,
      also: ['stop-it-now-child-behaviour', 'childrens-services'],
      more: ['nspcc', 'police-non-emergency'],
      needsArea: false,
      audience: 'public',
      kind: 'talk',
    },
    'own-thoughts-adult': {
      id: 'own-thoughts-adult',
      title: () => msg('Help for you', { id: 'own-thoughts-adult.title' }),
      intro: () =>
        msg(
          'Reaching out is a brave first step. Stop It Now helps people worried about their own thoughts or behaviour.',
          { id: 'own-thoughts-adult.intro' },
        ),
      recommended: 'stop-it-now',
      whenClosed: ['samaritans', 'stop-it-now-self-help'],
      steps: [
        () =>
          msg('Call the Stop It Now helpline, or use their live chat or secure message.', {
            id: 'own-thoughts-adult.step.contact-stop-it-now',
          }),
        () =>
          msg('At the start of a call they explain what they keep private and what they must pass on.', {
            id: 'own-thoughts-adult.step.confidentiality',
          }),
        () =>
          msg(
            'If you feel you might act on your thoughts, or you are struggling to cope, call the Samaritans on 116 123, any time.',
            { id: 'own-thoughts-adult.step.samaritans' },
          ),
        () =>
          msg('Their self-help pages can help you understand your thoughts and behaviour.', {
            id: 'own-thoughts-adult.step.self-help',
          }),
      ],
      whatHappens: stopItNowExplained,
      also: ['samaritans', 'stop-it-now-self-help'],
      needsArea: false,
      audience: 'public',
      kind: 'talk',
    },
    'own-thoughts-young': {
      id: 'own-thoughts-young',
      title: () => msg('Talk to someone you can trust', { id: 'own-thoughts-young.title' }),
      intro: () =>
        msg('It is good that you are asking for help. Childline is free, any time.', {
          id: 'own-thoughts-young.intro',
        }),
      recommended: 'childline',
      steps: [
        () =>
          msg('Call Childline, or chat with them online. You do not have to give your real name.', {
            id: 'own-thoughts-young.step.childline',
          }),
        () => msg('You can also talk to Meic, or to an adult you trust.', { id: 'own-thoughts-young.step.meic' }),
      ],
      whatHappens: childlineExplained,
      also: ['meic', 'stop-it-now'],
      needsArea: false,
      audience: 'public',
      kind: 'support',
    },
    'practitioner-officer': {
      id: 'practitioner-officer',
      title: () => msg('Speak to your Safeguarding Officer straight away', { id: 'practitioner-officer.title' }),
      intro: () =>
        msg(
          'Tell your Safeguarding Officer what you saw or heard, straight away. Then follow your organisation’s safeguarding procedures.',
          { id: 'practitioner-officer.intro' },
        ),
      recommended: 'safeguarding-officer',
      steps: [
        disclosureInBrief,
        practitionerRecord,
        noLeadingQuestions,
        noViewingImage,
        () =>
          msg(
            'Your Safeguarding Officer usually makes the report. Report to children’s services yourself if they do nothing, if waiting would put a child at risk, or if your worry is about them.',
            { id: 'practitioner-officer.step.officer-reports' },
          ),
      ],
      also: ['childrens-services', 'wales-procedures-duty', 'stop-it-now'],
      more: ['wales-procedures-cse', 'csa-centre', 'partner-resources', 'police-non-emergency'],
      needsArea: false,
      audience: 'professional',
      kind: 'report',
    },
    'practitioner-report': {
      id: 'practitioner-report',
      title: () => msg('Report your concern to children’s services', { id: 'practitioner-report.title' }),
      intro: () =>
        msg('Report it yourself today, to the council where your concern arose.', { id: 'practitioner-report.intro' }),
      recommended: 'childrens-services',
      steps: [
        disclosureInBrief,
        practitionerRecord,
        noLeadingQuestions,
        noViewingImage,
        () =>
          msg(
            'Evenings, weekends and bank holidays: if it cannot wait until the next working day, call the council’s out-of-hours team (the emergency duty team). If you cannot reach them and a child is at risk now, call the police.',
            { id: 'practitioner-report.step.out-of-hours' },
          ),
        () =>
          msg('Tell your Safeguarding Officer when you can, unless your worry is about them.', {
            id: 'practitioner-report.step.tell-officer',
          }),
      ],
      also: ['wales-procedures-duty', 'safeguarding-officer', 'stop-it-now'],
      more: ['wales-procedures-cse', 'csa-centre', 'partner-resources', 'police-non-emergency'],
      needsArea: true,
      audience: 'professional',
      kind: 'report',
    },
    'young-person': {
      id: 'young-person',
      title: () => msg('You can talk to someone now', { id: 'young-person.title' }),
      intro: () =>
        msg('It is not your fault. Childline is free, any time, day or night.', { id: 'young-person.intro' }),
      recommended: 'childline',
      steps: [
        () => msg('If you are in danger right now, call 999.', { id: 'young-person.step.danger-999' }),
        () =>
          msg('Call Childline or chat with them online. You can also tell an adult you trust.', {
            id: 'young-person.step.childline',
          }),
        () =>
          msg(
            'If a nude picture of you has been shared online, or someone is threatening to share it, Report Remove can help get it taken down.',
            { id: 'young-person.step.report-remove' },
          ),
        () =>
          msg('Keep the messages and their username. Do not delete them.', { id: 'young-person.step.keep-messages' }),
        () =>
          msg(
            'If someone is threatening to share a picture of you, do not pay or send more. Stop replying and block them. It is not your fault.',
            { id: 'young-person.step.threats' },
          ),
        () =>
          msg('If someone online is asking you for sexual pictures or to meet, you can report it to CEOP.', {
            id: 'young-person.step.ceop',
          }),
      ],
      whatHappens: childlineExplained,
      also: ['meic', 'report-remove'],
      more: ['ceop'],
      needsArea: false,
      audience: 'public',
      kind: 'support',
    },
    survivor: {
      id: 'survivor',
      title: () => msg('Support for you', { id: 'survivor.title' }),
      intro: () =>
        msg('What happened to you was not your fault. You can talk to someone whenever you are ready.', {
          id: 'survivor.intro',
        }),
      recommended: 'live-fear-free',
      steps: [
        () =>
          msg('You can get support without reporting to the police. Whether to report is your choice.', {
            id: 'survivor.step.your-choice',
          }),
        () =>
          msg('You can report to the police at any time, even many years later. Call 101.', {
            id: 'survivor.step.report-any-time',
          }),
        () =>
          msg('If the person could still be a risk to children, you can tell the police or children’s services.', {
            id: 'survivor.step.still-a-risk',
          }),
      ],
      also: ['stop-it-now', 'police-non-emergency'],
      more: ['childrens-services'],
      needsArea: false,
      audience: 'public',
      kind: 'support',
    },
    learn: {
      id: 'learn',
      title: () => msg('Learn how to keep children safe', { id: 'learn.title' }),
      intro: () => msg('Knowing the signs and talking about it helps keep children safe.', { id: 'learn.intro' }),
      recommended: 'campaign',
      stepsTitle: () => msg('Good to know', { id: 'learn.steps-title' }),
      steps: [
        () =>
          msg('Any child can be abused or exploited, whatever their age, gender or background.', {
            id: 'learn.step.any-child',
          }),
        () =>
          msg(
            'People who abuse children can be men or women, adults or other children, and can be someone the child knows.',
            { id: 'learn.step.who-abuses' },
          ),
        () =>
          msg(
            'Exploitation is abuse, even if the child seems to agree. It is still abuse if they get something back.',
            { id: 'learn.step.exploitation' },
          ),
        () =>
          msg(
            'Signs of exploitation can include going missing, missing school, gifts no one can explain, an older boyfriend or girlfriend, and changes in mood. Children often do not see that they are being exploited.',
            { id: 'learn.step.signs' },
          ),
      ],
      also: ['partner-resources', 'stop-it-now-child-behaviour', 'police-non-emergency'],
      more: ['lff-wales', 'stop-it-now', 'csa-centre'],
      needsArea: false,
      audience: 'public',
      kind: 'learn',
    },
    'something-else': {
      id: 'something-else',
      title: () => msg('Talk it through with someone', { id: 'something-else.title' }),
      intro: () =>
        msg('Your worry may not fit these answers. You can still get advice.', { id: 'something-else.intro' }),
      recommended: 'nspcc',
      whenClosed: ['police-non-emergency'],
      steps: [
        () =>
          msg('Call the NSPCC helpline or the Stop It Now helpline. You do not have to give your name.', {
            id: 'something-else.step.helplines',
          }),
        tellIfAtRisk,
      ],
      also: ['stop-it-now', 'childrens-services'],
      more: ['police-non-emergency'],
      needsArea: false,
      audience: 'public',
      kind: 'talk',
    },
  },
});
