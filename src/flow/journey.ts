/**
 * The journey: what we ask a worried adult, and where each answer leads.
 *
 * Written for someone frightened, maybe on a phone: short plain questions, no
 * blame, an "I'm not sure" where it helps, and never more than three questions
 * (counting the area question) before the help that fits.
 */
import { msg } from '@lit/localize';
import type { Journey } from './journey-types.js';

export const journey: Journey = {
  first: 'concern',
  questions: {
    concern: {
      id: 'concern',
      title: () => msg('What are you worried about?'),
      hint: () => msg('Choose the one that fits best. You can go back and change your answer.'),
      errorMessage: () => msg('Choose what you are worried about'),
      answers: [
        { id: 'danger-now', label: () => msg('A child is in danger right now'), next: { outcome: 'emergency' } },
        {
          id: 'child-abused',
          label: () => msg('A child may be being sexually abused or exploited'),
          next: { question: 'certainty' },
        },
        {
          id: 'adult-behaviour',
          label: () => msg('An adult’s behaviour around children'),
          next: { outcome: 'adult-behaviour' },
        },
        {
          id: 'child-behaviour',
          label: () => msg('A child’s sexual behaviour'),
          hint: () => msg('For example, towards other children.'),
          next: { outcome: 'child-behaviour' },
        },
        {
          id: 'own-thoughts',
          label: () => msg('My own sexual thoughts or behaviour'),
          next: { question: 'own-age' },
        },
        {
          id: 'work-with-children',
          label: () => msg('A child I work with or volunteer with'),
          next: { question: 'work-officer' },
        },
        { id: 'young-person', label: () => msg('I am under 18 and I need help'), next: { outcome: 'young-person' } },
        { id: 'survivor', label: () => msg('I was sexually abused as a child'), next: { outcome: 'survivor' } },
        { id: 'learn', label: () => msg('I want to learn how to keep children safe'), next: { outcome: 'learn' } },
      ],
    },
    certainty: {
      id: 'certainty',
      title: () => msg('What makes you worried?'),
      hint: () => msg('You do not need proof to ask for help.'),
      errorMessage: () => msg('Choose what makes you worried'),
      answers: [
        {
          id: 'disclosed',
          label: () => msg('A child told me, or I saw something happen'),
          next: { outcome: 'report-abuse' },
        },
        {
          id: 'signs',
          label: () => msg('I have noticed signs or changes in a child'),
          next: { outcome: 'report-abuse' },
        },
        {
          id: 'unsure',
          label: () => msg('I am not sure. Something does not feel right'),
          next: { outcome: 'talk-it-through' },
        },
      ],
    },
    'own-age': {
      id: 'own-age',
      title: () => msg('Are you under 18?'),
      hint: () => msg('We ask so that we show you the right people to talk to.'),
      errorMessage: () => msg('Choose yes or no'),
      answers: [
        { id: 'under-18', label: () => msg('Yes, I am under 18'), next: { outcome: 'own-thoughts-young' } },
        { id: 'adult', label: () => msg('No, I am 18 or over'), next: { outcome: 'own-thoughts-adult' } },
      ],
    },
    'work-officer': {
      id: 'work-officer',
      title: () => msg('Can you speak to your Safeguarding Officer today?'),
      hint: () =>
        msg('This is the person at your organisation who deals with worries about children. They may be called the designated safeguarding lead.'),
      errorMessage: () => msg('Choose whether you can speak to your Safeguarding Officer'),
      answers: [
        { id: 'yes', label: () => msg('Yes'), next: { outcome: 'practitioner-officer' } },
        {
          id: 'no',
          label: () => msg('No, or my organisation does not have one'),
          next: { outcome: 'practitioner-report' },
        },
        { id: 'not-sure', label: () => msg('I am not sure'), next: { outcome: 'practitioner-report' } },
      ],
    },
  },
  outcomes: {
    emergency: {
      id: 'emergency',
      title: () => msg('Call 999 now'),
      intro: () =>
        msg('If a child is in danger right now, call the police on 999. When the child is safe, tell children’s services what happened.'),
      recommended: 'police-emergency',
      also: ['childrens-services', 'stop-it-now'],
      needsArea: false,
      audience: 'public',
    },
    'report-abuse': {
      id: 'report-abuse',
      title: () => msg('Tell children’s services'),
      intro: () =>
        msg('If you think a child is being harmed, tell the children’s services of the council where the child lives. You do not need proof. They will listen and decide what to do.'),
      recommended: 'childrens-services',
      also: ['police-non-emergency', 'nspcc', 'stop-it-now', 'ceop', 'iwf', 'crimestoppers'],
      needsArea: true,
      audience: 'public',
    },
    'talk-it-through': {
      id: 'talk-it-through',
      title: () => msg('Talk it through in confidence'),
      intro: () =>
        msg('It is right to ask when something does not feel right. The Stop It Now helpline can help you think it through, without giving your name.'),
      recommended: 'stop-it-now',
      also: ['nspcc', 'childrens-services', 'police-non-emergency', 'ceop'],
      needsArea: true,
      audience: 'public',
    },
    'adult-behaviour': {
      id: 'adult-behaviour',
      title: () => msg('Get advice about an adult’s behaviour'),
      intro: () =>
        msg('The Stop It Now helpline can talk with you about what you have seen and what to do next. If you think a child is at risk, tell children’s services or the police.'),
      recommended: 'stop-it-now',
      also: ['childrens-services', 'police-non-emergency', 'crimestoppers', 'nspcc'],
      needsArea: true,
      audience: 'public',
    },
    'child-behaviour': {
      id: 'child-behaviour',
      title: () => msg('Get advice about a child’s sexual behaviour'),
      intro: () =>
        msg('Some sexual behaviour is a normal part of growing up, and some is a sign that a child needs help. The Stop It Now helpline can help you tell the difference. If another child is being harmed, tell children’s services.'),
      recommended: 'stop-it-now',
      also: ['stop-it-now-child-behaviour', 'childrens-services', 'nspcc', 'police-non-emergency'],
      needsArea: true,
      audience: 'public',
    },
    'own-thoughts-adult': {
      id: 'own-thoughts-adult',
      title: () => msg('Confidential help for you'),
      intro: () =>
        msg('Reaching out is a brave first step. The Stop It Now helpline gives confidential help to people worried about their own thoughts or behaviour. You do not have to give your name. If a child is in danger right now, call 999.'),
      recommended: 'stop-it-now',
      also: ['stop-it-now-self-help', 'police-non-emergency'],
      needsArea: false,
      audience: 'public',
    },
    'own-thoughts-young': {
      id: 'own-thoughts-young',
      title: () => msg('Talk to someone you can trust'),
      intro: () =>
        msg('It is good that you are asking for help. Childline and Meic are free and private, and you will not be judged.'),
      recommended: 'childline',
      also: ['meic', 'stop-it-now'],
      needsArea: false,
      audience: 'public',
    },
    'practitioner-officer': {
      id: 'practitioner-officer',
      title: () => msg('Speak to your Safeguarding Officer today'),
      intro: () =>
        msg('Tell your Safeguarding Officer what you have seen or heard, and follow your organisation’s safeguarding procedures. If a child is at risk, children’s services must be told.'),
      recommended: 'safeguarding-officer',
      also: ['childrens-services', 'wales-procedures-duty', 'wales-procedures-cse', 'stop-it-now', 'csa-centre', 'partner-resources', 'police-non-emergency'],
      needsArea: true,
      audience: 'professional',
    },
    'practitioner-report': {
      id: 'practitioner-report',
      title: () => msg('Report your concern to children’s services'),
      intro: () =>
        msg('If you cannot speak to a Safeguarding Officer today, report your concern to the children’s services of the council where the child lives yourself. Do not wait.'),
      recommended: 'childrens-services',
      also: ['wales-procedures-duty', 'safeguarding-officer', 'wales-procedures-cse', 'stop-it-now', 'csa-centre', 'partner-resources', 'police-non-emergency'],
      needsArea: true,
      audience: 'professional',
    },
    'young-person': {
      id: 'young-person',
      title: () => msg('You can talk to someone now'),
      intro: () =>
        msg('Childline is free and private, and you can call any time, day or night. If you are in danger right now, call 999.'),
      recommended: 'childline',
      also: ['meic', 'report-remove', 'ceop'],
      needsArea: false,
      audience: 'public',
    },
    survivor: {
      id: 'survivor',
      title: () => msg('Support for you'),
      intro: () =>
        msg('What happened to you was not your fault. You can talk to someone in confidence, whenever you are ready.'),
      recommended: 'stop-it-now',
      also: ['live-fear-free', 'police-non-emergency'],
      needsArea: false,
      audience: 'public',
    },
    learn: {
      id: 'learn',
      title: () => msg('Learn how to keep children safe'),
      intro: () =>
        msg('Knowing the signs and talking openly helps protect children. These resources are for parents, carers and anyone who works with children.'),
      recommended: 'campaign',
      also: ['partner-resources', 'lff-wales', 'stop-it-now-child-behaviour', 'stop-it-now', 'csa-centre', 'police-non-emergency'],
      needsArea: false,
      audience: 'public',
    },
  },
};
