#!/usr/bin/env python3
"""Build a training corpus for a three-tier crisis-triage classifier.

Tiers
  high      danger now or imminent (plan, means at hand, time, act in progress
            or done, goodbyes, giving things away, someone else in danger now)
  possible  risk signs without imminence (passive wishes to die, hopelessness,
            self-harm urges, ambiguous slang without plan or time)
  none      no risk (everyday therapy questions and many hard negatives)

All seed sentences below are hand-written for this corpus.  The script is
self-contained (standard library only) and deterministic (fixed seed).  It
writes crisis_train.tsv next to itself:

    # comment line
    label<TAB>lang<TAB>text
    ...

Run:  python3 build_corpus.py [--out PATH] [--seed N]
"""

import argparse
import os
import random
import re
import sys

SEED = 20240611
MIN_WORDS = 5
MAX_WORDS = 200
TARGET_MAX = 9000

LABELS = ("high", "possible", "none")
LANGS = ("en", "es", "pt", "fr", "de", "it", "ru")


def _L(block):
    """Split a triple-quoted block into one sentence per non-empty line."""
    out = []
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        out.append(line)
    return out


# SEEDS[lang][label][category] -> list of hand-written sentences
SEEDS = {lang: {lab: {} for lab in LABELS} for lang in LANGS}
# CARRIERS[lang] -> everyday filler sentences (risk-free) used for embedding
CARRIERS = {}


# ---------------------------------------------------------------------------
# ENGLISH - HIGH
# ---------------------------------------------------------------------------
_H = SEEDS["en"]["high"]

_H["plan_with_time"] = _L("""
I'm going to kill myself tonight after everyone goes to sleep.
Tonight is the night, I've decided to end my life.
I've set the date, it's this Friday, and I'm not changing my mind.
When my shift ends at 6 I'm driving to the bridge and jumping.
I'm going to take all my pills tonight once my roommate leaves.
Tomorrow morning I'm going to hang myself in the garage.
I wrote my note and I'm doing it at midnight.
By the end of this weekend I won't be alive anymore, I've planned every step.
I'm going to overdose as soon as I get home from school today.
My plan is to walk into the lake tonight, I already know the spot.
I've decided I'm ending it on my birthday next week.
After my parents leave for work in the morning I'm going to do it.
I'm going to step in front of the train on my way home tonight.
In an hour I'm going to swallow the pills I've been saving.
I'm done, I'm killing myself before the sun comes up.
This is my last night, I'm going to do it after I send this message.
I booked a motel room for tonight so nobody finds me in time.
I'm going to drive my car into a wall on the highway tonight.
Once the kids are asleep I'm going to end it.
I'm jumping off the roof of my building at 3am.
Going to cut my wrists in the bath tonight and not stop this time.
Saturday I'm going to the cliffs and I'm not coming back.
I've been stockpiling my meds for weeks and tonight I'm taking them all.
I'm planning to shoot myself tomorrow when my wife goes to her sister's.
I'm going to do it during my lunch break when the house is empty.
I'm ending my life this weekend, I've already picked the place.
After the funeral tomorrow I'm going to join him, everything is ready.
I'll be gone before Christmas, I've made all the arrangements.
I'm going to kill myself right after this exam is over today.
I'm swallowing the whole bottle of painkillers tonight and sleeping forever.
The plan is set: the parking garage, tonight, top floor.
When the clock hits midnight I'm gone.
Tomorrow is the day, I bought the rope this afternoon.
I decided tonight I'm ending things for good, no more waiting.
I'm going to jump from the overpass on my walk home in twenty minutes.
Tonight I finally do it, I'm not scared anymore.
I've picked the time, 4am, when everyone is asleep and can't stop me.
As soon as my husband leaves for his night shift I'm taking everything in the cabinet.
I'm going to hang myself from the tree behind the school after last period.
Next Tuesday is my last day, I already know exactly how.
I'm going to the train tracks after dinner, this is goodbye.
Today after class I'm going to end it, I just wanted someone to know.
I'll do it on the anniversary of her death, which is Sunday.
I'm going to take my dad's gun out of the safe tonight and use it.
Once I finish my last cigarette I'm going to jump.
I told myself if he doesn't call by 10 tonight I'm killing myself, and it's 9:40.
I have 30 minutes until my mom gets home and that's all I need.
I'm leaving work early today to go kill myself.
I've planned to overdose on Friday night when I'm alone in the flat.
This time tomorrow I'll be dead, I've made up my mind.
Right after my shift I'm driving off the cliff road.
I'm going to fill the car with exhaust in the garage tonight.
I'm taking the ferry tonight and I'm going over the railing.
When the house goes quiet I'm going to the attic with the rope.
I'm doing it tonight, please don't try to talk me out of it.
Monday morning I won't wake up, I've seen to that.
I have a plan and a date and it's in two days.
Once I post this I'm walking to the river.
I'm going to end my life on New Year's Eve, at the stroke of midnight.
When this song finishes I'm going to do it.
I'm going to let go of the railing in a few minutes.
I'm killing myself after I drop the dog off at my sister's this afternoon.
Within the hour I'll be gone, I just wanted to tell someone.
I'm going to take the pills when the last guest leaves the party tonight.
My plan is pills and vodka tonight and I've already bought the vodka.
i'm gonna end it at 2am when the whole house is asleep
tonight after work im going to the bridge and im jumping
im killing myself this weekend, i already decided
ill be dead by tomorrow morning, i promise you that
this is the last day im alive, tonight i do it
""")

_H["means_at_hand"] = _L("""
I have the pills in my hand right now and I'm going to take them.
There's a loaded gun on my desk and I keep picking it up.
The rope is tied and hanging in my closet.
I'm holding a razor blade against my wrist as I type this.
I've got a bottle of sleeping pills and a bottle of wine in front of me.
I'm sitting in my car with the engine running in the closed garage.
I have a knife in my hand and I want to use it on myself.
I counted out all my antidepressants on the table, there's enough.
I'm standing on the edge of the roof looking down.
I'm on the bridge right now and the water is really far down.
I'm on the train platform waiting for the express to come through.
I just bought a gun and it's loaded, it's for me.
The noose is ready, I just need to stand on the chair.
I'm sitting on the window ledge of my 12th floor apartment.
I have the bottle open and the pills are in my palm.
I filled the bathtub and I have the blade next to me.
My hand is on the trigger and I can't stop shaking.
I've got enough insulin here to not wake up and I'm about to inject it.
I'm standing on the tracks, I can see the lights coming.
I have my grandfather's shotgun and I know where the shells are, I'm getting them now.
I'm holding the pills, I just need one more reason.
There's a belt around my neck and it's attached to the door.
I've poured all my mom's medication into a cup.
I'm at the edge of the cliff, the wind is strong, I'm ready.
I'm in the bathroom with a razor and the door is locked.
I have 60 pills lined up and a glass of water.
I'm standing on a chair with the cord around my neck right now.
The car is running and the windows are sealed with tape.
I've got the charcoal and the tent is zipped up.
I'm sitting on the railing of the parking deck with my legs over the side.
I'm holding the kitchen knife to my throat.
I've got my dad's pistol in my lap and I took the safety off.
I have the lethal stuff I ordered online and it arrived today.
I'm on the balcony and I'm climbing over.
I got the pills from three different pharmacies and they're all on my bed.
I'm on the highway overpass and the trucks are going so fast below me.
I've got the blade out and I'm about to cut deep.
There's a bottle of bleach in my hand and I'm about to drink it.
I tied the rope to the beam in the barn.
The gun is in my mouth, I just wanted to say it to someone first.
I'm standing at the edge of the subway platform right now.
I'm on the roof of the hospital parking lot and nobody is up here.
I have all my painkillers from the surgery and I'm going to take every single one.
i have the knife right here and im gonna do it
pills are in my hand rn, i cant do this anymore
im on the bridge rn and i want to jump
gun is loaded and next to me
rope is up, chair is ready
im standing on the ledge rn
i've got a razor and the door is locked
i'm in my car in the garage with the engine on
I'm sitting in the woods with a rope and a step ladder.
I've got a full bottle of my heart meds and I'm about to swallow all of them.
I'm holding the shotgun and the shells are in it now.
I have a bag of pills I bought from a guy and I'm taking them all tonight.
I'm standing in the river and the current is pulling me.
I'm walking into the sea right now and I'm not turning back.
I'm sitting on the edge of the quarry and I'm going to let myself fall.
""")

_H["act_in_progress_or_done"] = _L("""
I just took the whole bottle of my sleeping pills.
I swallowed about 40 pills twenty minutes ago and I'm starting to feel weird.
I'm cutting right now and I can't stop.
I cut too deep and it won't stop bleeding.
I took all my antidepressants an hour ago, I don't want help.
I already took the pills, I just wanted to say sorry to someone.
I'm bleeding a lot and I feel dizzy, I think I did it this time.
I drank the bleach, my throat is burning.
I overdosed on my insulin and my vision is going blurry.
I've already started, there's blood everywhere.
I took everything in the medicine cabinet and washed it down with vodka.
I'm in the water now, it's so cold.
I jumped from the second floor and I can't move my legs.
I hanged myself but the rope broke, I'm going to try again.
I took the pills an hour ago and I'm so sleepy now.
The cuts are deeper than ever and I'm getting lightheaded.
I've taken 30 paracetamol, I feel sick.
I've already swallowed half of them, I'm going to finish the rest.
I'm burning myself with a lighter right now and I can't stop.
I tried to hang myself just now and I'm on the floor.
I took a bunch of my mom's pills and I'm throwing up.
I did it, I took them all, it's too late now.
I'm cutting my arm right now and it's the worst it's ever been.
I just slit my wrist, I'm sorry.
I cut my thigh and I think I hit something, it's pouring.
I drank antifreeze ten minutes ago.
I've been hitting my head against the wall until it bled and I'm still doing it.
The pills are kicking in, I just wanted to say goodbye.
I swallowed my whole prescription, don't call anyone.
I took a lot of pills and now my heart is racing.
i took all of them
i just took like 50 pills
i already did it, its done now
im bleeding so much rn i cant stop it
cut too deep, its not stopping
i drank a whole bottle of pills with wine and i feel so weird
took everything i had, its kicking in
I'm burning my skin with a hot iron right now.
I took the pills and locked the door so nobody can get in.
I'm choking myself with a belt right now and it's getting dark.
I swallowed a bunch of razor blades, I don't know why.
I've been starving myself for 9 days and now I'm fainting and seeing spots.
I took double my lithium and a bunch of sleeping pills, I feel numb.
I jumped in front of a car and it swerved, I'm still on the road.
I injected way more than I ever have and I don't care if I wake up.
I've started the car in the garage and I'm sitting in it now.
The water is up to my chest and I'm still walking in.
I took a whole pack of tylenol an hour ago, I'm scared but I don't want help.
It's too late, I already took the overdose, I just wanted someone to know.
I cut myself again tonight and this time it needs stitches but I'm not going.
I'm carving words into my arm right now.
I've been cutting for an hour and the towel is soaked.
I'm on the floor after I tried, my neck really hurts.
I crashed my car on purpose and I'm still alive, I'm going to finish it.
I just stabbed myself in the stomach.
I swallowed the pills, now I'm just waiting.
I took all my seizure meds at once, I'm sorry mom.
I'm pretty sure I'm dying, I took so many pills.
Just drank a whole bottle of cough syrup and took my sister's pills too.
My arms are covered in fresh cuts and I'm still going.
I'm punching the wall until my knuckles break and I can't stop.
I've taken something and I can't feel my hands.
""")

_H["goodbye_giving_away"] = _L("""
This is goodbye, thank you for everything.
I just wanted to say goodbye before I go.
I'm giving my dog to my neighbor, I won't be around to take care of him.
I gave away all my stuff today, I won't need it where I'm going.
Please tell my mom I love her and that it's not her fault.
I wrote letters to everyone I love and left them on my desk.
I've deleted all my social media and said my goodbyes.
I gave my guitar to my little brother today, he'll need it more than me.
This is my last message to anyone.
I've already paid off my debts and written my will, I'm ready to go.
Goodbye everyone, I'm sorry I wasn't enough.
Please look after my cat when I'm gone, her food is in the cupboard.
I sent my best friend my passwords and told him what to do with my things.
I'm saying goodbye now because tomorrow I won't be here.
By the time anyone reads this I'll be gone.
I left a note on the kitchen table, tell them I'm sorry.
I put all my savings in my sister's account and left her a letter.
I called my grandma to say I love her one last time.
I've given away my books, my clothes and my PlayStation this week.
I made a list of who gets what, it's in my top drawer.
Thank you for trying to help me, but this is where I say goodbye.
I'm going to sleep and I'm not going to wake up, goodnight forever.
I already said bye to my family without them knowing it's the last time.
Don't look for me, I'm not coming home.
I want to give you my jewelry before I go, please take it.
I'm returning everything I borrowed so nobody has to deal with it after.
This will be my last post, love you all.
I cleaned my room and left everything organised so it's easier for them.
I've written goodbye letters to my kids.
I just hugged my parents for the last time.
I canceled all my subscriptions and gave my car keys to my cousin.
If you're reading this, I didn't make it.
I'm passing my plants on to my coworker, I told her I'm moving but I'm not.
I've said everything I needed to say, now I can go.
i just wanted to say bye to someone before i go
goodbye. im sorry for everything
tell my little sister i love her, i wont be able to
im giving all my stuff away, i wont need it anymore
gave my cat to my neighbour today, its time
I've scheduled an email to go out tomorrow morning explaining everything.
I wrote my funeral playlist and my final note tonight.
I made sure the life insurance is paid up and the note is sealed.
I'm leaving my phone here so they can find the goodbye messages.
Forgive me, I love you all, goodbye.
I finished the letters, one for each of my friends, and now I'm going.
I handed in my keys and my resignation today because I won't be needing either after tonight.
I'm visiting my favourite places one last time today.
I hugged my dog and said goodbye to him.
I've left instructions for my funeral in the envelope.
I'm sorry to dump this on you, but this is my last night and I wanted one person to know.
""")

_H["imminent_slang"] = _L("""
gonna kms tonight for real this time
im going to kms after my parents go to bed
ctb tonight, i have everything i need
going to ctb this weekend, already got the stuff
im gonna unalive myself tonight, i have the pills
planning to unalive myself after school tomorrow
sewer slide tonight, i got the rope
im doing the sewer slide thing at midnight
gonna kms rn, the knife is right here
kms at 3am, no one will be awake
im catching the bus tonight, i already wrote the note
ill be catching the bus this friday, everything is set
logging off permanently tonight, bye guys
gonna delete myself tonight, the pills are ready
kms tomorrow morning before class
im finally going to kms tonight, bought the stuff today
im going to unalive tonight, please dont tell anyone
going to yeet myself off the bridge in like an hour
gonna off myself tonight when everyone sleeps
im offing myself this weekend, i have a gun
tonight im ending it fr
im gonna die tonight and its by my own choice
final exit tonight, the bag is packed
im going to do the thing tonight, the rope is up
i took the pills, time to sleep forever lol
ngl im kms tonight, ive got everything
fr this time, im ending it after this game
unaliving myself in 10 mins
ill be dead by morning, its decided
gonna go swimming with rocks in my pockets tonight
taking a long nap tonight that i wont wake up from, pills are counted
im going to be a ghost by tomorrow, its all planned
might as well kms tonight, i have the blade already
my last day alive is today, dont try to stop me
about to kms, just wanted someone to know
time to go, the pills are in my hand
i'm gonna kill myself. tonight. i mean it.
i have the gun and im doing it, this is not a joke
going to jump tonight frfr
im gonna s/h really bad tonight and i dont care if i die
ctb plan is set for sunday night
""")

_H["third_person_suicide_now"] = _L("""
My best friend just texted me that she's going to kill herself tonight, what do I do?
My boyfriend just sent me a goodbye message and now he's not answering his phone.
My sister said she took a bottle of pills and she's not responding.
My friend is standing on the bridge right now and says she's going to jump.
My roommate locked himself in the bathroom with a razor and he's crying.
My dad is in the garage with a gun and he says he's going to use it.
I just got a voicemail from my friend saying goodbye, he sounded drunk and he has pills.
My mom took a whole bunch of her pills and she's barely awake.
My girlfriend posted a goodbye note on Instagram ten minutes ago.
A guy in my Discord server just said he's going to kill himself after he logs off.
My brother is on the roof and won't come down.
My friend sent me a picture of the pills she's about to take.
My son just told me he has a rope in his room and he's going to use it tonight.
My wife left a note saying she's going to end it and her car is gone.
My friend is cutting herself right now on video call and she won't stop.
Someone in my group chat said they're going to overdose tonight and then went offline.
My husband is threatening to shoot himself and he has the gun in his hand.
My coworker just sent me a message saying this is the end and thanks for everything.
My little brother took my mom's pills and he's vomiting.
My best friend just told me she wrote her goodbye letters and it's happening tonight.
My friend just called me crying from the train station saying he's going to jump in front of the train.
My daughter is locked in her room and she said she's going to hang herself.
My online friend just said she swallowed all her pills and now she won't reply.
My mate is on the edge of the cliff and he keeps saying he's going to do it.
My partner took something and now I can't wake him up.
My friend just DMed me 'goodbye, thank you for being my friend' and I can't reach her.
My grandfather said he's going to walk into the lake tonight and he's already left the house.
My roommate is unconscious and there are empty pill bottles on the floor.
My ex just texted me that he's going to kill himself because I left him, and he has a knife.
My friend's status says 'see you on the other side' and she hasn't answered in an hour.
A girl in my class just told me she's going to kill herself after school today.
A stranger on the forum posted that he's going to jump off a building in an hour.
My teenager just sent me a text saying sorry and goodbye and isn't picking up.
My friend is giving away all his stuff this week and said he won't be needing it after Friday.
My aunt sent the whole family a goodbye email and nobody can find her.
my friend just said she's gonna kms tonight and she has the pills, what do i do
my bf just sent me a goodbye text and his phone is off
bro my friend is on the bridge rn saying hes gonna jump
my sister just cut really deep and there's so much blood
someone in my server said theyre gonna ctb tonight and logged off
my best friend's snapchat story is a suicide note
My friend overdosed and she's breathing really slowly.
My neighbour is sitting on his balcony railing and shouting that he wants to die.
My student just handed me a note saying she is going to end her life tonight.
My mom is in the bath with a knife and won't open the door.
My friend told me he bought a gun today to kill himself this weekend.
My cousin just posted that he's doing it tonight and listed who gets his stuff.
The guy I'm texting with just said he's already taken the pills.
My best friend just said her plan is to jump from the parking garage after work.
Please help, my friend hung himself and I just cut him down, he's barely breathing.
""")

_H["someone_else_abuse_now"] = _L("""
My dad is hitting my mom right now and I'm hiding in my room.
My stepdad is beating me right now, I'm hiding in the bathroom.
My boyfriend just choked me and he's still in the apartment.
He's banging on my door and screaming that he's going to kill me.
My husband has a knife and he's threatening me and the kids right now.
I can hear my neighbors fighting and she's screaming for help.
My ex is outside my house right now and he has a gun.
My dad is drunk and throwing things at us, please help.
My partner locked me in the bedroom and took my phone, I'm using my laptop.
He just pushed me down the stairs and he's coming back.
My brother is strangling my mom right now.
My mom's boyfriend is hitting her and I don't know what to do.
Someone is following me home and I'm scared, he's right behind me.
My husband said he's going to kill me tonight when he gets home.
I'm hiding in the closet because my dad is looking for me with a belt.
My girlfriend is hitting me and won't let me leave the flat.
My uncle is touching me and he's in the next room right now.
There's a man trying to break into my apartment right now.
My father is chasing my mom with a knife.
He hit me so hard I can't see out of one eye and he's still here.
I'm locked in the car and he won't let me out, he's driving really fast on purpose.
My roommate's boyfriend is beating her right now and I'm scared to go in.
My ex broke in and he's smashing everything.
I just ran out of the house barefoot because he tried to strangle me.
He's threatening to burn the house down with us inside.
My dad just punched my little brother and now he's coming for me.
The guy I'm on a date with won't let me leave his car.
My husband is holding our baby and threatening to hurt her if I call anyone.
My partner just threatened me with a gun and he's sleeping now, I need to get out.
I can hear my neighbor hitting his wife through the wall right now.
my dad is beating my mom rn i can hear her crying
hes outside my door with a knife
my bf is hitting me rn and i locked myself in the bathroom
my stepdad is drunk and coming up the stairs and hes going to hurt me
please he's going to kill me, he's breaking the door
My mother is hitting me with a cord right now.
My son is threatening his sister with a knife right now.
A man is attacking a woman outside my window right now.
My husband is choking me every night and he said tonight is the last time.
My flatmate is being beaten by her boyfriend right now, I can hear thuds.
I'm at a party and someone put something in my friend's drink and a guy is dragging her upstairs.
My brother just pulled a gun on my dad in the living room.
""")

_H["child_hurt_now"] = _L("""
The neighbor is beating his little boy right now, I can hear him crying.
My babysitter is hitting my little sister and I'm hiding.
There's a kid in the apartment above me screaming and I can hear hitting.
My mom's boyfriend is hurting my baby brother right now.
I just saw a man dragging a crying little girl into a van.
My dad locked my little brother outside in the snow and he's only five.
My stepmom is holding my sister's hand on the stove.
There's a toddler alone on the balcony railing across the street.
My neighbor's kids haven't eaten in days and the dad is hitting them right now.
My husband is shaking our baby and won't stop.
A child just fell into the pool at the party and nobody is getting her out.
My cousin is touching my little sister right now and I'm scared to stop him.
I can hear a baby screaming nonstop next door and the mother yelling she'll kill it.
My friend's dad is beating him with a belt right now, he's texting me from the closet.
There's a kid locked in a hot car in the parking lot.
My mom is drunk and she just hit my baby sister in the face.
The man next door is dragging his son by the hair down the street.
A kid in my class just told me his dad burns him with cigarettes and he's going home now.
My little brother swallowed something from under the sink and he's choking.
I think my neighbor is about to throw his baby, he's screaming on the balcony holding her.
My uncle took my 6 year old cousin into his room and locked the door.
The children next door are screaming and I just heard glass breaking.
my stepdad is hitting my little brother rn and i cant stop him
theres a little kid being beaten in the park rn
my mom's bf is hurting my baby sister what do i do
A child is wandering alone on the highway shoulder right now.
My 3 year old nephew got into the pills and he's really sleepy.
My sister's boyfriend is slapping her kids in front of me right now.
There's a girl in my building who told me her dad is going to hurt her tonight when he gets back.
I just heard my neighbour say he's going to drown the kids.
""")

_H["harm_to_others_intent"] = _L("""
I'm going to stab my dad when he gets home tonight.
I have a gun and I'm going to shoot my ex when she leaves work.
I'm bringing a knife to school tomorrow to hurt the kids who bully me.
I'm going to poison my husband's dinner tonight.
I'm waiting outside his house with a bat.
I'm going to hurt my baby, I can't take the crying anymore and I'm scared of what I'll do right now.
I'm so angry I'm going to run him over with my car when he comes out.
Tonight I'm going to burn down my landlord's house.
I've got the gun in my bag and I'm on my way to my old job.
I'm going to strangle my roommate in his sleep tonight.
I'm going to kill my stepfather when he falls asleep, the knife is under my pillow.
I keep holding a pillow over the baby's face and stopping, I need help now.
im going to hurt her tonight and i dont care what happens to me
tomorrow im taking my dads gun to school
I'm going to kill him and then myself tonight.
I'm driving to her place right now and I'm going to make her pay.
I'm standing over my sleeping wife with a hammer.
I'm going to take my kids with me when I go tonight, so they don't have to suffer.
""")

_H["not_safe_now"] = _L("""
I'm not safe right now, I'm scared of what I'm going to do.
I can't keep myself safe tonight.
Please help me, I'm about to do something I can't take back.
I'm really close to doing it right now.
I need someone to stop me, I'm about to kill myself.
I'm shaking and I have everything ready, please talk to me.
I don't trust myself to be alone tonight, the pills are right here.
I'm losing the fight right now, I'm going to do it.
Something is telling me to do it tonight and I'm going to listen.
The voices are telling me to jump out of the window and I'm at the window.
I can't hold on any longer, this is it, tonight.
I'm about to end it, I just need someone to know I existed.
I'm in crisis right now and I have the means to kill myself next to me.
I'm one step away from doing it.
If nobody answers me in the next ten minutes I'm doing it.
I'm counting down, five minutes left.
i need help now im about to do it
im not safe tonight
please someone answer im going to do it
im so close to ending it rn
I called the hotline but they put me on hold and I'm going to do it now.
I promised my therapist I'd call if it got bad, it's bad, and I'm about to do it instead.
I can feel myself slipping, I'm heading to the bridge now.
I'm driving really fast right now and thinking about swerving into the trees.
I'm walking towards the highway and I'm going to walk into traffic.
I'm at the pharmacy buying pills to kill myself tonight.
I'm at the gun store right now, I'm buying one for myself.
I just bought the rope from the hardware store.
I'm on my way to the cliffs right now.
I'm sitting in the bath and I'm going to go under.
I'm telling you because in an hour I won't be able to tell anyone anything.
I'm going to die tonight, I can feel it and I want it.
My safety plan isn't working and I'm about to act on it.
I've already said goodbye to my kids and I'm driving to the lake.
No one is home and I'm getting the gun out right now.
I'm in the stairwell on the top floor and I opened the roof door.
""")

_H["with_context_story"] = _L("""
I've been depressed for years and I'm done, tonight I'm taking every pill I own.
After losing my job and my house, I've decided to kill myself this weekend.
My wife left me yesterday and I'm going to shoot myself when I get home.
I failed my final exam and I'm going to jump off the dorm roof tonight.
I relapsed and my family kicked me out, so I'm going to overdose tonight on purpose.
Nobody came to my birthday party, so tonight I'm ending it with the pills I've been saving.
They're taking my kids away tomorrow and I'm not going to be alive to see it.
My boyfriend cheated and I'm sitting on the bridge railing now.
I got the diagnosis today and I'm not going to wait for it to get worse, I'm ending it tonight.
Everyone at school knows now and I'm going to kill myself before Monday.
I can't pay the rent and I'm going to drive off the cliff road tonight so my family gets the insurance.
The pain from my back is unbearable and I've saved up enough painkillers to end it tonight.
I've been sober for two years but I just bought heroin and I'm going to take way too much on purpose.
I got bullied again today and I'm going to hang myself in my closet tonight.
My dog died this morning and I'm going to go with her, the pills are ready.
I lost everything gambling and I'm standing on the balcony.
The court hearing is tomorrow and I'll be dead before it starts.
Since my mom died I've been planning this, and it's finally happening tonight.
My parents found out I'm gay and I'm going to walk in front of a bus today.
I've been in pain for so long and tonight I'm making it stop for good, the gun is loaded.
They fired me today, so I'm going to the train tracks after I finish this drink.
He posted my photos online and I'm going to kill myself before anyone at school sees them.
I can't face my family after the arrest, I'm going to hang myself in my cell tonight.
I've been fighting this for ten years and I've lost, I'm taking the pills now.
I tried therapy, I tried meds, nothing works, so I'm ending my life on Sunday.
My husband doesn't know yet but I'm leaving tonight and I'm not coming back, the note is in the drawer.
I keep hearing them laugh at me, so I'm going to do it in the school bathroom tomorrow.
After the breakup I bought pills, and tonight when my roommate leaves I'm taking them.
The debt collectors keep calling and I've decided the bridge tonight is the only way out.
I came out to my dad and he said I'm dead to him, so I'm making it true tonight.
""")

_H["third_person_medical_or_danger_now"] = _L("""
My friend took way too much and he's turning blue.
My dad collapsed after drinking all day and he's not breathing right.
My girlfriend is having a seizure after taking a bunch of pills.
My roommate is passed out in a pool of vomit and won't wake up.
My brother just said he swallowed a whole bottle of Tylenol an hour ago.
My friend drank a bottle of vodka and took some pills and is barely conscious.
My mom is on the kitchen floor and there are empty blister packs everywhere.
My friend is standing on the roof railing at the party and he's really drunk and saying he wants to fly.
My partner just drove off saying he's going to crash the car on purpose.
My friend said he's going to walk into the ocean tonight and he's already at the beach.
My classmate is in the bathroom cutting and there's blood under the door.
My sister is hitting her head against the wall and saying she wants to die, she's bleeding.
My dad is sitting in his car in the closed garage with the engine on.
My grandma took all her heart pills at once and now she's confused.
my friend took a ton of pills and is falling asleep what do i do
my roommate wont wake up and theres pill bottles everywhere
my brother is on the roof threatening to jump rn
my mom locked herself in the car with the engine running in the garage
My friend just sent me a picture of her wrists bleeding.
My friend is live streaming right now holding a rope.
The man next to me on the platform just said he's going to jump when the train comes.
My patient just left the clinic saying he's going to kill himself tonight and he has a gun at home.
My client hung up after saying the pills were already in her stomach.
A teenager on my street just told me he's going to jump off the bridge after school today.
My friend has been missing since she sent a goodbye text this morning.
My friend is at the train tracks and sent me his location with the word goodbye.
""")

_H["asking_method_with_intent"] = _L("""
What's the quickest way to die, I want to do it tonight.
How many of my pills will kill me, I'm taking them as soon as you answer.
Which floor is high enough, I'm going up there right now.
How long does it take to bleed out, I'm already cutting.
Tell me what will make it painless, I'm doing it tonight either way.
Is it faster with the car in the garage or pills, I've got both ready.
what's the most painless way to go, i'm going tonight
how deep do i need to cut, im doing it now
how many of these pills do i need, i have them in front of me
will this amount be enough to not wake up, I'm taking it in five minutes
""")

_H["plan_with_time_2"] = _L("""
I'm going to hang myself on Sunday when my family is at church.
I set an alarm for 5am, that's when I'm going to jump.
This afternoon I'm going to walk out onto the frozen lake until the ice breaks.
I'm leaving my phone at home and driving to the dam after dinner.
The last train leaves at 11:50 and I'm going to be on the tracks in front of it.
I'm taking my pills with the bottle of whiskey tonight, I've decided.
After I hand in my thesis tomorrow I'm going to kill myself.
When the nurse finishes her rounds I'm going to use the cord from the blinds.
I'm going to let myself drown on our family camping trip this weekend.
I'm going to end it tonight and make it look like an accident.
I've written the time in my calendar, Thursday 9pm, and it's Thursday.
I'm going up to the top of the car park at closing time to jump.
Tonight after the party I'm going to take everything I've been hoarding.
I'll be dead before my parents get back from their trip on Monday.
I'm spending my last day at the beach and then I'm walking into the water tonight.
Once I've fed the cat I'm going to hang myself.
I've made up my mind, I'm doing it tomorrow at dawn.
i have a plan, tonight at midnight, pills and then sleep forever
im gonna jump off the bridge after school tmrw
tonight's the night, got everything i need
friday after work im ending it, no one can stop me
""")

_H["means_at_hand_2"] = _L("""
I'm holding a bottle of my dad's heart pills and I've already opened it.
The rope is in my backpack and I'm walking to the woods now.
I just loaded the gun and I'm sitting on my bed with it.
I'm in the bathroom with all the pills I could find.
I've got a razor in one hand and my phone in the other, I'm about to put the phone down.
I'm standing on a stool with a scarf tied to the curtain rail.
I'm at the top of the multi-storey car park, leaning over.
I've got two boxes of pills and a bottle of vodka on the floor next to me.
The car is in the garage with the hose from the exhaust in the window.
I'm sitting on the train bridge with my feet hanging over the tracks.
I'm holding a lighter and I've poured petrol on the floor.
I have my husband's hunting rifle across my knees.
There's a blade on my desk and I keep pressing it into my skin harder.
i have the rope in my hand rn
im holding all my pills rn and i want to take them
sitting on the roof edge rn
""")

_H["act_done_2"] = _L("""
I took a handful of my sleeping pills a few minutes ago and I'm not going to call anyone.
I just took a whole strip of my antidepressants and two bottles of wine.
I already jumped once from the wall and I'm climbing back up to do it higher.
I cut my wrist and the blood is soaking through the towel.
I swallowed the pills I've been saving for months, it's done.
I've been in the car with the engine running for ten minutes and I feel dizzy.
I took way too many pills and now my ears are ringing and I'm sweating.
I tied the rope and tried it and it hurt so much, I'm going to try again.
i took way too many pills an hour ago and im scared
i cut really deep this time and its not stopping
overdosed, sorry everyone
just took everything in the cupboard
""")

_H["goodbye_2"] = _L("""
I've given my car, my laptop and my savings to my brother this week, I won't need them.
I left everyone a voice message tonight telling them I love them for the last time.
I've updated my will and given my cat to my ex, it's time.
This is the last thing I'll ever write, thank you for being kind to me.
I just sent my mom a letter explaining why I have to go tonight.
I gave my best friend my favourite hoodie and said it's hers forever now.
I scheduled my social media posts to say goodbye tomorrow after I'm gone.
I'm leaving the house keys under the mat and my goodbye letter on the fridge.
Please give my collection to my nephew, I won't be here after tonight.
My goodbye letters are in the blue box, please make sure they get them.
bye everyone, i love u, this is it
gave away all my stuff, said my goodbyes, its time
""")

_H["third_person_now_2"] = _L("""
My mum just texted me that she's sorry and she can't do this anymore, and her phone is off now.
My friend is on FaceTime with me holding a bottle of pills and crying.
My husband just left with his gun and said we won't see him again.
My friend is on the ledge of his dorm window right now, I'm on the phone with him.
My sister just told me she already took her whole prescription and she's slurring.
Someone in my Minecraft server just said they're going to hang themselves tonight and sent a picture of a rope.
My colleague just sent the whole team an email saying goodbye and that his things go to charity.
My teenage son just texted 'I'm sorry, goodbye' and isn't answering.
My friend just said she's going to drive her car into the river and she's driving now.
My flatmate said he's going to jump off our balcony and he's out there now.
my friend said shes cutting rn and its really bad
someone on tiktok live is saying theyre gonna jump rn
my bf said hes gonna overdose tonight and blocked me
My grandmother said she's going to stop taking her insulin starting today so she can die.
My friend just sent me his passwords and a goodbye, I think he's doing it now.
""")

_H["abuse_child_now_2"] = _L("""
My boyfriend is holding me against the wall by my throat, I'm typing with one hand.
My father is kicking my brother on the floor right now.
My husband is dragging me by my hair and the kids are watching.
He's pointing a gun at me right now, please help.
My foster mom is beating my foster sister with a shoe right now.
There's a man hitting a little kid in the car next to me at the red light.
My dad is choking my mom in the hallway and I'm hiding under the bed.
My partner took my keys and is saying he'll kill me if I try to leave tonight.
My mom's new boyfriend just shoved my little brother into the wall.
My ex-husband just kidnapped our daughter from school and says I'll never see her again.
I'm being held in a room and he won't let me leave, I have my phone hidden.
my dad is hitting me with a belt rn
hes choking my mom rn what do i do
someone is trying to break down my door rn and hes yelling hes gonna kill me
The guy next door is beating his dog and his kid, I can hear both screaming.
""")

_H["harm_others_2"] = _L("""
I'm going to set my ex's car on fire with him inside tonight.
I just bought a knife to use on my coworker tomorrow.
My hands are around my baby's neck and I need someone to stop me.
I'm going to push my brother down the stairs when he gets home.
i'm gonna hurt someone tonight i swear
I'm in the school parking lot with my dad's gun in the trunk.
""")

# ---------------------------------------------------------------------------
# ENGLISH - POSSIBLE
# ---------------------------------------------------------------------------
_P = SEEDS["en"]["possible"]

_P["passive_death_wish"] = _L("""
Sometimes I wish I could just fall asleep and never wake up.
I wouldn't mind if a car hit me on the way to work.
I keep hoping I won't wake up tomorrow.
I wish I had never been born.
It would be easier if I just didn't exist.
I wish I could disappear and nobody would notice.
Some nights I pray that I just don't wake up.
If I died tomorrow I think I'd be relieved.
I don't want to kill myself, I just don't want to be alive.
I wish something would happen to me so I wouldn't have to keep going.
I sometimes think everyone would be better off if I wasn't here.
I don't really care if I live or die anymore.
When the plane shook I caught myself hoping it would go down.
I wish I could just stop existing for a while, or forever.
Death sounds peaceful to me lately.
I'm tired of being alive.
I think about dying more than I think about living.
Part of me wants to just not be here anymore.
Honestly I'd be fine if I didn't make it to next year.
I wish I could go to sleep for a very long time.
Whenever I cross the street I think it wouldn't be so bad if a bus didn't stop.
I envy people who died young.
I don't see myself being alive in five years.
Every morning I'm disappointed that I woke up.
I want to die but I'm too scared to do anything.
I don't want to be here anymore.
I just want everything to stop, permanently.
I'd rather be dead than feel like this.
Sometimes I think about what my funeral would be like.
i wish i was dead
i just want to die honestly
i dont want to exist anymore
i wish i could just vanish
lowkey hoping i dont wake up tomorrow
wish i could just go to sleep and not wake up
tbh i wouldnt care if i died
i want to die lol but i'm not gonna do anything
If I got a terminal diagnosis I think I'd feel relieved.
Being dead seems better than being this tired.
I keep thinking it would be nice to just not exist.
I don't plan on doing anything, but I really wish I wasn't alive.
I'm not afraid of dying, I'm afraid of having to live like this for decades.
Sometimes I hope I get sick enough that I don't recover.
I feel like I'm waiting to die.
Life feels like something I'm just enduring until it's over.
I wish I could trade places with someone who wants to live.
I have this constant feeling that I shouldn't be alive.
It'd be nice if the world just forgot about me.
I wonder if anyone would even come to my funeral.
When I drive on the highway I sometimes imagine just letting go of the wheel.
I kinda wish the turbulence had been worse, is that bad?
""")

_P["hopelessness"] = _L("""
Nothing is ever going to get better.
I don't see the point of anything anymore.
What's the point of trying when everything always falls apart?
I feel completely hopeless about my future.
I've given up on things ever changing.
There's no way out of this situation.
I feel like I'm stuck in a hole I'll never climb out of.
Every day is the same grey nothing and it's never going to change.
I've tried everything and nothing works, I'm out of options.
I can't imagine a future where I'm happy.
I feel like my life is already over.
I have nothing to look forward to.
It's all pointless, no matter what I do.
I'm so tired of fighting for a life that doesn't get better.
I feel like I'm drowning and no one can see it.
I don't think I'll ever feel okay again.
There's nothing left for me here.
I've lost all hope.
Nothing matters anymore.
I feel empty all the time and I don't see that changing.
Everything I touch falls apart, so why bother.
I've run out of reasons to keep going.
My life is a waste and it always will be.
I feel broken beyond repair.
I stopped believing things could get better a long time ago.
Therapy hasn't helped, meds haven't helped, I don't know what's left.
i dont see the point anymore
nothing is ever gonna get better for me
whats even the point of living like this
im so done with everything
life is pointless and im tired
I keep asking myself why I'm still trying.
There's a darkness I can't shake and I've stopped expecting it to lift.
I feel like I'm just existing, not living.
I can't remember the last time I felt hope about anything.
My future looks completely black.
I'm stuck and I don't think there's any way forward.
All my dreams are gone and I don't see new ones coming.
I feel like a ghost in my own life.
I'm running on empty and there's no refill coming.
I can't see any light at the end of this tunnel.
Every time I think it's getting better it gets worse, I'm done hoping.
I don't know why I bother getting out of bed.
I'm not living, I'm surviving, and I'm tired of surviving.
""")

_P["burden"] = _L("""
I feel like a burden to everyone around me.
My family would be better off without me.
Everyone would be happier if I wasn't around.
I'm just a waste of space.
I ruin everything and everyone I love.
My kids deserve a better parent than me, maybe one who isn't here.
I'm only dragging my friends down.
Nobody would miss me if I was gone.
I cost my parents so much money and stress, they'd be relieved without me.
I'm such a burden that I feel guilty for breathing.
If I disappeared, nobody would even notice for weeks.
My partner would move on quickly, maybe that's for the best.
I'm a drain on everyone's energy.
i feel like such a burden to everyone
everyone would be better off without me honestly
nobody would even care if i was gone
im just a waste of oxygen
I'm the reason my family is falling apart, it'd be easier if I wasn't in the picture.
I feel like I take up space that someone better could have.
Everyone keeps saying they care, but they'd be fine without me.
I'm tired of being the problem in everyone's life.
I'm sure my friends only put up with me out of pity, they'd be relieved if I vanished.
My mum cries because of me, she'd have a better life if I'd never existed.
I'm worthless and everyone knows it.
I hate myself so much I can't stand being in my own body.
I'm disgusting and I don't deserve to be alive.
I don't deserve to be happy or even to be here.
I deserve to suffer for what I've done.
I'm a failure in every way that matters.
""")

_P["endurance_limit"] = _L("""
I don't know how much longer I can do this.
I can't keep going like this.
I'm running out of strength to keep fighting.
I don't know how much more I can take.
I'm at the end of my rope.
I feel like I'm about to break and I don't know what happens after that.
I'm not sure I can survive another year like this.
Something has to change or I don't think I'll make it.
I'm holding on by a thread.
I've been strong for so long and I'm just so tired.
I can't do this anymore.
I'm so tired of everything, I just want it to stop.
If things don't get better soon I don't know what I'll do.
I feel like I'm at my breaking point.
I'm so exhausted of being me.
i cant do this anymore
i dont know how much longer i can keep going
im at my limit
i'm so tired of living like this
idk how much more i can take honestly
I'm hanging on, but barely.
Every day takes more out of me and I don't know when I'll run out.
I feel like I'm one bad day away from giving up completely.
I keep telling myself to hold on but I'm losing my grip.
I'm not okay and I haven't been for a long time.
I feel like I'm slowly disappearing.
I've been crying every night and I can't keep pretending.
I feel like I'm falling apart and there's nobody to catch me.
I'm running out of reasons to stay.
How do people keep going when everything hurts this much?
""")

_P["suicidal_ideation_no_plan"] = _L("""
I've been having thoughts of suicide lately.
I think about killing myself a lot, but I don't have a plan.
Suicidal thoughts keep popping into my head.
I've been thinking about ending my life but I don't think I'd actually do it.
Sometimes I think about how I would do it, but I get scared.
The thought of suicide has been on my mind every day this week.
I keep thinking about ending it all.
I've started to think that suicide might be an option someday.
I've been googling suicide stuff and I don't know why.
I get these intrusive thoughts about jumping when I'm on a balcony.
I don't have a plan, but the thoughts won't leave me alone.
I've been thinking about suicide since I was thirteen and it's getting louder again.
Sometimes I think about taking all my pills, but I haven't.
When I'm on the train platform I think about jumping, it scares me.
My suicidal thoughts came back after the breakup.
I'm not going to do anything, but I think about suicide almost daily.
Part of me wants to end it and part of me wants to get help.
I've thought about writing a note, but I haven't.
The idea of killing myself comforts me, and that scares me.
I've been having dark thoughts about not being alive.
i keep thinking about suicide
having sui thoughts again, not gonna act on them i think
suicidal again, idk what to do
been thinking about ending it, no plan tho
I keep imagining my own death and feeling calm about it.
I've thought about what method I'd use, but I'm not going to do it right now.
Whenever I'm alone my mind goes to ending my life.
I'm scared of my own thoughts about dying.
The thoughts about suicide get worse at night.
I'm not safe from my own thoughts lately, though I haven't done anything.
I've been wondering whether life is worth living at all.
I used to have suicidal thoughts and they're creeping back in.
Sometimes I stand at the top of the stairs and think about falling.
I looked at the bottle of pills for a long time last night, but put it back.
""")

_P["self_harm_urges"] = _L("""
I have the urge to cut again.
I keep thinking about hurting myself.
I've been wanting to self harm really badly this week.
I'm trying not to cut but the urges are really strong.
I've been clean from self harm for three months but the urges are back.
I want to hurt myself so I can feel something.
Sometimes I want to burn myself just to stop the numbness.
I keep scratching my arms when I'm stressed and it's getting worse.
I pull my hair out and punch walls when I'm angry at myself.
I'm scared I'm going to relapse on self harm.
I want to feel physical pain because the emotional pain is too much.
The urge to cut is really strong tonight but I'm holding on.
How do I stop wanting to hurt myself?
I've started hitting myself when I mess up.
I keep looking at the razor in the bathroom.
i want to sh so bad rn
sh urges are really bad lately
trying not to relapse, the urges are insane
i keep thinking about cutting again
wanna hurt myself but im trying not to
I deserve to be punished, I keep thinking about hurting myself.
I hide my scars and I'm worried I'll make new ones.
I bite myself until it leaves marks when I'm overwhelmed.
I've been restricting food as a way to punish myself.
I drink until I black out because I don't care what happens to me.
I've been driving really recklessly because I don't care if I crash.
I keep picking at my skin until it bleeds, I can't stop.
I got the urge to self harm after my parents yelled at me.
I snapped a rubber band on my wrist so hard it bruised, I want to do worse.
I keep thinking about buying new blades, I'm scared of where that goes.
""")

_P["ambiguous_slang"] = _L("""
kms
i want to kms
ugh i wanna kms
honestly might kms
i'm going to kms lol this week has been so bad
kinda want to unalive myself ngl
thinking about unaliving myself again
the sewer slide thoughts are back
i keep thinking about the sewer slide
thinking about ctb lately
i want to ctb but idk
i wanna catch the bus some days
sometimes i just want to log off permanently
i want to delete myself
wish i could just uninstall myself
i just want to respawn in a better life
lowkey want to die
want to be unalive tbh
not gonna lie i think about kms a lot
ready to go to the big sleep honestly
i want to become a ghost
i want to be six feet under
i feel like an npc waiting to be deleted
suicide watch vibes today fr
might just yeet myself into the sun
i'm so done i wanna die fr
i keep thinking about the rope
i'm lowkey suicidal lately
feeling very unalive lately
me and the sewer slide thoughts hanging out again
considering the permanent nap
wanna sleep forever
life is a game i want to ragequit
i kinda want to disappear forever
i just want to stop existing
i want to go out like a light and not come back on
another day of wanting to kms
i dont wanna be here anymore fr
i'd unalive myself if i had the guts
my brain keeps saying kys
ugh i hate it here, i want out of life
honestly suicide sounds nice rn
thinking about grippy sock vacation again lol
i feel like i'm circling the drain
lowkey wish i could just end it
""")

_P["numb_isolated"] = _L("""
I feel completely numb and alone, and I've stopped caring what happens to me.
I've stopped eating and talking to people and I don't care anymore.
I isolate myself for days and I don't see a reason to come out.
I've pushed everyone away and now there's no one left, maybe that's how it should be.
Nobody understands me and I'm so tired of trying to explain.
I feel invisible, like I already died and nobody noticed.
I spend all day in bed and I can't see why I'd ever get up again.
I've let my plants die and stopped answering my phone because I don't care about anything anymore.
I don't feel anything, not happy, not sad, just nothing, and it scares me.
I'm so lonely it physically hurts and I don't see it ending.
No one checks on me and I've started to think I don't matter at all.
I've stopped taking my meds because what's the point.
I quit all my hobbies and I don't want to see anyone, it feels like giving up.
I've been drinking every night to not feel anything.
I feel like I'm watching my life from outside and I don't care how it ends.
""")

_P["third_person_possible"] = _L("""
My friend keeps saying she wants to die, but she says she's fine when I ask.
My son has been talking about not wanting to be alive.
My girlfriend says she wishes she was dead sometimes.
My brother posts a lot of dark stuff about not wanting to exist.
My friend said 'kms' in our group chat and I can't tell if she's joking.
My dad has been saying we'd be better off without him since he lost his job.
My teenage daughter wrote in her diary that she wants to disappear.
My best friend has been self harming again and hides her arms.
My husband keeps saying he doesn't see the point of anything anymore.
My student wrote a story about a character who wants to die and I'm worried it's about her.
My mom said she's tired of living, she's 60 and just lost her sister.
My friend keeps joking about unaliving himself and it's getting more frequent.
My roommate hasn't left his room in two weeks and said nothing matters.
My partner told me she's been having suicidal thoughts but doesn't have a plan.
My little brother said he hates himself and wishes he was never born.
A friend told me she's been cutting again, but she says it's under control.
My coworker said she doesn't know how much longer she can keep going.
My grandpa has been saying he's ready to die and has stopped eating much.
My friend's messages have gotten really hopeless lately.
my bf keeps saying he wants to die but then says hes joking
my friend says she wants to sewer slide a lot lately
my sister keeps talking about how she wants to disappear
How do I help a friend who says she doesn't want to be alive anymore?
My friend has started talking about being a burden and how nobody would miss her.
My son searched for ways to die on his laptop, he says it was for a school project.
My wife has been sleeping all day and says she feels worthless.
My friend told me he wants to hurt himself when he gets stressed.
My boyfriend punches walls and says he wishes he could just disappear.
""")

_P["passive_death_wish_2"] = _L("""
I keep daydreaming about just not being here.
When I get sick I secretly hope it's something serious.
I sometimes wish I could swap my life for a quiet grave.
Sometimes I lie in bed and imagine my heart just stopping.
I'd welcome an accident at this point.
Some days I wish the doctors had let me go when I was born early.
It would be a relief if my life just ended on its own.
I don't fear death anymore, I kind of look forward to it.
I've stopped wearing my seatbelt because I don't really care.
When they talk about the end of the world I feel oddly hopeful.
I wish I could fall asleep on the beach and let the tide take me.
I catch myself hoping my plane crashes every time I fly for work.
I feel like my time is up, even though nothing is wrong with my body.
i kinda hope something just takes me out
ngl i wouldnt mind not waking up
sometimes i wish i'd just get hit by a bus
i want to die but i dont want to do it myself
I'd give anything to just fade away.
I wish I could just go to sleep and stay asleep until it's all over.
I keep thinking I'm not meant to be alive.
It feels like I'm living on borrowed time and I don't want to borrow any more.
I've been thinking that dying young wouldn't be the worst thing.
Life is something I'm putting up with until it's over.
I told my friend I'm tired of existing and she laughed it off, but I meant it.
I wish I'd never woken up from the surgery last year.
""")

_P["hopelessness_2"] = _L("""
I don't think anyone can help me anymore.
I've accepted that I'll always be miserable.
Why would I make plans when nothing ever works out?
I feel like I'm just waiting for the next disaster.
My therapist says things will get better but I don't believe her anymore.
I can't picture myself at thirty.
Everything feels heavy and pointless, even things I used to love.
I keep failing and I think that's just who I am.
I've lost interest in everything and I don't think it's coming back.
I feel trapped in my own life with no exit.
I can't see any reason for tomorrow to be different from today.
Honestly, I think I'm beyond saving.
There's no one and nothing worth staying for.
My whole life feels like one long mistake.
I don't even cry anymore, I just feel hollow and done.
i feel like theres no future for me
i give up on everything honestly
its never gonna get better, i know it
nothing helps and i'm out of ideas
what's the point of waking up tomorrow
I've become a shadow of who I used to be and I don't see a way back.
I keep sinking deeper and I've stopped trying to swim.
It feels like the world would keep spinning just fine without me in it.
My depression has taken everything from me and I'm tired of fighting it.
I don't understand why I'm still here.
""")

_P["burden_selfhate_2"] = _L("""
My existence only causes problems for the people I love.
I feel like I'm poison to everyone around me.
I'm the reason my parents fight, they'd be happier if I was gone.
My friends would have more fun if I wasn't there dragging them down.
I'm so useless that I don't know why anyone keeps me around.
I feel guilty every day for taking up space in this house.
I don't deserve the love my family gives me.
I hate everything about myself and I can't escape it.
i hate myself so much it hurts
everyone would be relieved if i just disappeared
im a burden to literally everyone
no one would cry if i was gone
I feel like my kids would be better off with a different mother.
My husband deserves someone who isn't broken like me, maybe he'd be free if I was gone.
I'm just a weight around everyone's neck.
I'm too much for everyone and not enough for anyone.
I've failed everyone who ever believed in me.
I look in the mirror and I want to stop being me.
""")

_P["endurance_2"] = _L("""
I'm barely holding it together and I don't know how long it will last.
Every morning it gets harder to keep going.
I'm so close to giving up on everything.
I'm tired in a way that sleep doesn't fix.
I've been pretending to be fine for months and I'm cracking.
I'm not sure I'll make it through this year.
I'm exhausted from surviving every single day.
I can't keep carrying all of this by myself.
I'm running out of fight.
idk how much longer i can hold on
im so tired of being alive tbh
i dont think i can keep going much longer
everything is too much and i'm breaking
I feel like I'm reaching the end of what I can handle.
If one more thing goes wrong I don't know what I'll do to myself.
I'm scared of how bad things have gotten in my head.
I feel like I'm slowly losing the will to live.
Honestly, I'm scared I won't be able to hold on forever.
""")

_P["ideation_2"] = _L("""
I've been thinking about suicide more than usual this month.
I find myself researching how people die and it worries me.
When I'm on bridges I think about going over, but I keep walking.
The thought of ending it is always in the back of my mind.
I've considered suicide a few times this year.
I can't stop thinking about dying, even at work.
I think about ending my life when things go wrong, even small things.
My brain tells me to kill myself when I mess up, and I'm tired of it.
I had a dream about killing myself and it felt peaceful, which scares me.
Sometimes I imagine leaving a note, just to see how it would feel.
I think about walking into the sea whenever I visit the coast.
Every time I see my medication I think about taking all of it, but I don't.
My suicidal thoughts are getting louder but I still haven't made a plan.
I'm scared that one day I'll act on these thoughts.
I don't have a plan but the thought of death is a comfort.
i think about killing myself every day but im not gonna do it
sui ideation is back and i hate it
i keep getting thoughts about ending it all
having those thoughts again, the ones about not being here
The idea of suicide feels like an emergency exit I keep looking at.
Lately I notice my mind planning my funeral.
I've thought about how I'd do it, but I always stop myself.
I haven't told anyone that I've been thinking about suicide.
Should I tell my therapist I've been having suicidal thoughts again?
Is it normal to think about dying this often?
""")

_P["self_harm_2"] = _L("""
I'm struggling not to hurt myself after the fight with my mom.
I feel like I need to hurt myself to calm down.
I want to do more than scratch my arms when I get upset.
It's been 40 days clean from self harm and the urges are the worst they've been.
I get the urge to grab something sharp whenever I'm upset.
I want to punish myself physically when I fail.
I hit my legs with a hairbrush when I'm angry at myself.
I think about burning myself with the lighter when I'm alone.
I've been dreaming about cutting again.
How do I stop the urge to self harm when I'm stressed at school?
i really want to hurt myself rn but im not going to
the urge to cut is back
i miss sh and i hate that i miss it
gonna try to ride out these sh urges
I punch myself in the head when I make mistakes.
I keep wanting to scratch until I bleed.
I used ice and rubber bands today instead of cutting but the urge is still there.
I'm worried I'm going to start self harming like I did in high school.
""")

_P["slang_2"] = _L("""
me when i wanna kms every monday
lowkey considering the sewer slide
unalive thoughts are so loud today
i wanna unalive so bad sometimes
thinking about catching the bus, not today tho
some days i just want to ctb and be done
im so tired i wanna die fr fr
the kms thoughts are back, no plan just thoughts
brain keeps whispering unalive urself
i feel like disappearing forever fr
im lowkey suicidal but idk
i need a permanent vacation from life
my brain is doing the sewer slide thing again
another day of not wanting to exist
i wanna go to sleep forever lol but not really lol
i have the 'i want to die' feeling again
idk if im joking when i say kms anymore
thinking about the big sleep again
life is so mid i want to log out permanently
sometimes i just wanna game over irl
everything sucks, i want out
i'm tired of respawning every morning
""")

_P["third_person_2"] = _L("""
My friend keeps posting about wanting to disappear, should I be worried?
My daughter said she'd be better off dead after her exam results.
My brother has been saying life isn't worth living since his divorce.
My girlfriend cuts herself sometimes and I don't know how to help.
My dad keeps saying he won't be around much longer, but he's healthy.
My friend said she's been having suicidal thoughts but made me promise not to tell.
My son said everyone would be happier without him.
My roommate keeps joking about killing herself when she's stressed.
My best friend has stopped eating and says she doesn't care anymore.
My mom's been crying every day and said she's tired of everything.
A student of mine wrote 'I want to die' in the margin of her notebook.
My friend keeps saying she's worthless and should just disappear.
my friend keeps saying kms and idk if its serious
my sister wrote a poem about wanting to die and left it on her desk
my boyfriend says he hates his life and wishes he wasn't born
What do I do if my friend keeps talking about wanting to die but won't see a doctor?
My nephew has scars on his arms and won't talk about them.
My friend told me she thinks about jumping whenever she's on a bridge.
My partner has been drinking heavily and saying he doesn't care if he dies.
My son's teacher said he wrote about death in every assignment this term.
""")

_P["ongoing_abuse_not_now"] = _L("""
My dad hits me sometimes when he's drunk and I don't know who to tell.
My boyfriend checks my phone and gets violent when he's angry.
My husband controls all the money and threatens me when I go out with friends.
My mom screams at me every day and says she wishes I was never born.
My stepdad has hit me before and I'm scared of when he gets home next week.
My partner pushed me last month and I keep making excuses for him.
My older brother has been hurting me for years and I've never told anyone.
My girlfriend threatens to leave and hurt herself whenever I see my friends.
My parents lock me in my room as punishment and don't feed me sometimes.
I think my neighbour's kids are being neglected, they're always alone and hungry.
My ex keeps showing up at my work and I'm scared of him.
My uncle touched me when I was younger and he's coming to visit for Christmas.
i think my bf is abusive but i dont know
my dad gets really scary when hes angry and breaks stuff
A kid in my class always has bruises and flinches when anyone raises a hand.
I live with someone who hurts me and I don't know how to leave.
""")

_P["emotional_pain_risk"] = _L("""
The pain inside me is so big I don't know how to survive it.
I feel like I'm screaming inside and nobody hears.
The loneliness is crushing me and I don't know how much longer I can stand it.
I feel dead inside, like I'm already gone.
I'm scared of myself lately.
I don't recognise myself anymore and I don't want to be me.
I feel so broken that I'm not sure I'm fixable.
It's like the darkness is swallowing me whole.
i feel so empty i dont even want to be alive
my head is so loud and dark lately, i scare myself
I've been having really dark thoughts and I'm not sure who to tell.
I'm in so much emotional pain that death seems like the only relief.
Since the assault I feel like I'm already dead.
I can't escape the memories and I don't want to keep living with them.
My chronic pain is so bad that I sometimes think I'd rather not be alive.
Since my divorce, I wake up every day wishing I hadn't.
Ever since my son died I don't see why I should keep living.
My grief is so heavy that I want to be with her wherever she is.
""")

# ---------------------------------------------------------------------------
# ENGLISH - NONE (everyday therapy topics)
# ---------------------------------------------------------------------------
_N = SEEDS["en"]["none"]

_N["relationships"] = _L("""
How do I tell my partner I need more space without hurting them?
My boyfriend and I keep arguing about chores, how do we stop?
I think my friend is drifting away from me and I don't know how to bring it up.
Is it normal to feel jealous when my girlfriend texts her ex?
How can I set boundaries with my mother-in-law?
My wife and I haven't been intimate in months, how do we talk about it?
I just got out of a long relationship and I feel a bit lost.
How do I know if I'm in love or just comfortable?
My best friend forgot my birthday and I'm hurt, should I say something?
We're thinking about couples therapy, how do we find a good therapist?
My partner wants kids and I'm not sure I do.
How do I make friends as an adult in a new city?
I have trouble trusting people after my last relationship.
My parents are getting divorced and I'm stuck in the middle.
How do I deal with a friend who only talks about herself?
My husband spends all evening on his phone and I feel ignored.
Is it okay to take a break from a friendship?
How do I apologize to my sister after a big fight?
I want to ask someone out but I get so nervous.
My roommate never cleans and I hate confrontation.
How do we split finances fairly as a couple?
My girlfriend's family doesn't like me, how should I handle holidays?
I keep attracting emotionally unavailable people.
What are healthy ways to argue with a partner?
I feel like I'm always the one reaching out to my friends.
My boyfriend is moving abroad for work, can long distance work?
How do I stop being a people pleaser in relationships?
I'm getting married next month and feeling cold feet, is that normal?
My dad and I haven't spoken in a year and I want to reconnect.
How do I support my partner who is going through a hard time at work?
I think my friend group excludes me from plans.
My wife wants to move closer to her parents and I don't.
How can I be a better listener?
I keep comparing my relationship to my friends' relationships.
We've been together seven years and it feels like we're roommates.
My partner snores and we're talking about separate bedrooms, is that bad?
How do I end a friendship politely?
I'm bisexual and not sure how to tell my family.
My ex wants to be friends, should I agree?
How do I handle my partner's anxiety without burning out?
I feel awkward at parties where I only know the host.
My sister borrows money and never pays it back.
How do I talk to my teenage son about dating?
I had a crush on a coworker and it's making things weird.
Dating apps are exhausting, any advice?
My brother and his wife are always fighting in front of us at dinner.
How do I tell my friend her boyfriend is cheating?
My partner and I have different love languages.
I want to propose but I'm worried she'll say no.
I feel guilty for not visiting my grandparents more often.
""")

_N["anxiety"] = _L("""
I get really anxious before presentations at work, any tips?
How do I stop overthinking everything I say?
My heart races whenever I have to make a phone call.
What are some grounding techniques for panic attacks?
I worry constantly about my health even though my doctor says I'm fine.
I get anxious in crowded places like supermarkets.
How do I calm down before a job interview?
Is it normal to feel anxious for no reason?
My anxiety gets worse on Sunday nights before the work week.
I've started avoiding driving on the highway because it makes me nervous.
What's the difference between stress and anxiety?
How does cognitive behavioral therapy help with anxiety?
I get nervous flying, how can I make the trip easier?
My hands shake when I'm stressed, is that anxiety?
I check that the stove is off five times before leaving, is that OCD?
Breathing exercises help a bit, what else can I try?
I'm anxious about starting university in September.
How do I tell my boss I have anxiety?
I keep worrying something bad will happen to my kids.
Social anxiety makes it hard for me to order food at restaurants.
Does caffeine make anxiety worse?
I feel anxious when people don't reply to my texts quickly.
I have a fear of vomiting that affects my daily life.
My anxiety makes me procrastinate on everything.
Is journaling useful for anxious thoughts?
I'm nervous about my driving test next week.
I get anxious when my partner goes out without me.
How do I stop catastrophizing?
What are good apps for meditation?
I'm scared of dogs and my friend just got a puppy.
I feel tense all the time and my shoulders hurt.
Can exercise really help with anxiety?
I get a tight chest before exams, what can I do?
My therapist suggested exposure therapy, what should I expect?
I worry I said something stupid at the meeting yesterday.
How do I handle anxiety about climate change?
I'm nervous about going back to the office after working from home.
My kid has separation anxiety at daycare drop-off.
Any tips for calming down after a nightmare?
I get anxious about money even when I have enough.
Public speaking terrifies me but I have to give a toast at my brother's wedding.
I'm worried about my medical test results coming next week.
How do I deal with health anxiety when I google symptoms?
I feel like everyone is judging me when I walk into a room.
My mind races at night with to-do lists.
Is it anxiety or am I just an introvert?
How do I support a friend who has panic attacks?
I have a phobia of needles and need a blood test.
I get anxious when plans change at the last minute.
What should I say to myself when I'm spiraling with worry?
""")

_N["parenting"] = _L("""
My toddler has tantrums every morning before daycare, how should I handle it?
How do I talk to my kids about our divorce?
My teenager won't put down his phone at dinner.
How much screen time is okay for a six year old?
My daughter is being left out at school and it breaks my heart.
How do I get my baby to sleep through the night?
I feel like I'm yelling at my kids too much.
My son is struggling with reading, should I get a tutor?
How do I handle sibling fights without picking sides?
I'm a new mom and I feel overwhelmed by all the advice.
My teenager is moody and won't talk to me.
How do I explain death to a four year old after grandpa passed?
My kid lies about homework, what's the best way to respond?
We're adopting a child, how do we prepare our family?
How do I balance work and being a present parent?
My son wants to quit soccer mid-season, should I let him?
How do I co-parent with an ex who doesn't follow the rules?
My daughter wants a sleepover but I'm nervous about it.
Potty training is going terribly, any advice?
How do I teach my kids about money?
My stepkids don't accept me, how do I build a relationship?
My baby cries whenever anyone else holds her.
How should I react when my teen comes out to me?
My kids fight over the tablet every single day.
How do I get my picky eater to try vegetables?
My son was diagnosed with ADHD and I want to understand it better.
I feel guilty for sending my kid to daycare.
How do I prepare my kids for a new baby in the family?
My daughter has her first period and I want to handle it well.
What chores are appropriate for a nine year old?
My teenager wants to get a tattoo.
How do I handle bedtime battles?
My child is afraid of the dark.
I'm a single dad, how do I talk about puberty with my daughter?
My kid gets really upset when he loses a game.
How do I encourage my shy child to make friends?
My son is being bullied online, what steps should I take?
We're moving cities and my kids are upset about changing schools.
How do I deal with grandparents who spoil my kids?
I want to spend more quality time with my kids but I'm exhausted after work.
My teen got caught vaping, how do I respond?
How do I know if my child needs therapy?
My daughter keeps biting other kids at nursery.
How do I set a curfew my teenager will respect?
My kid's teacher says he's disruptive in class.
Is it normal that my 2 year old isn't talking much yet?
How do I explain to my kids why we can't afford a vacation this year?
My kids want a dog but I'm not sure we have the time.
How do I stay calm when my kid pushes every button I have?
My son keeps asking about his biological father.
""")

_N["work"] = _L("""
My boss keeps giving me more work than I can handle.
How do I ask for a raise?
I'm thinking about changing careers at 40, is it too late?
My coworker takes credit for my ideas in meetings.
I feel burned out after a year of long hours.
How do I prepare for a performance review?
I got passed over for a promotion and I'm frustrated.
Should I quit my stable job to start my own business?
How do I deal with a micromanaging manager?
I'm nervous about my first day at a new job.
Working from home makes me feel isolated from my team.
How do I say no to extra projects without looking lazy?
My team is toxic and gossips a lot.
I got laid off and I'm not sure what to do next.
How do I write a good cover letter?
I have imposter syndrome at my new engineering job.
How do I handle a difficult customer?
I'm bored at work and feel unmotivated.
Should I tell my employer about my therapy appointments?
My commute is two hours a day and it's draining me.
How do I negotiate a salary offer?
I made a big mistake at work and I'm embarrassed.
I want to ask for flexible hours to care for my parents.
My manager yells in meetings, is that normal?
How can I be more productive without burning out?
I'm starting a PhD and worried about work-life balance.
I'm a nurse and the night shifts are messing with my routine.
How do I network when I'm introverted?
My colleague keeps interrupting me.
I'm returning to work after maternity leave and feel nervous.
How do I set boundaries with work emails after hours?
My job interview went badly and I keep replaying it.
I'm a teacher and the marking load is overwhelming.
I got my first management role and don't know how to lead.
How do I handle feedback that feels unfair?
I'm thinking of going part time to study.
My small business isn't making money yet and I'm stressed.
How do I tell my boss I'm leaving?
My coworker is going through a divorce and cries at work, how can I support her?
My job is fine but I dream of being a musician.
How do I stop checking Slack on weekends?
I was late to work three times this month and got a warning.
What's a good way to organise my tasks for the week?
I got a new job offer abroad and can't decide.
My boss praised my report today and I don't know how to accept compliments.
How do I handle a coworker who smells bad?
I work retail and Christmas season is exhausting.
I'm a freelancer and inconsistent income stresses me out.
How do I recover after a brutal week of deadlines?
I want to ask HR about mental health days.
""")

_N["grief"] = _L("""
My grandmother passed away last month and I miss her a lot.
How do I support a friend whose father just died?
It's been a year since my dog died and I still cry sometimes.
I feel guilty that I wasn't there when my mom passed.
How do people cope with the first holidays after a loss?
My husband died two years ago and I'm thinking of dating again.
I lost my best friend to cancer and I don't know how to process it.
Is it normal to feel angry after someone dies?
My kids are asking questions about their grandpa's funeral.
I had a miscarriage and my partner doesn't seem to understand how sad I am.
How do I write a eulogy for my uncle?
I still talk to my late father sometimes, is that weird?
My cat was put to sleep yesterday and the house feels empty.
The anniversary of my brother's death is coming up.
How long does grief usually last?
I'm grieving a friendship that ended.
My mom has dementia and I feel like I'm grieving her while she's alive.
How do I clear out my late parents' house?
I want to make a memory box for my son who lost his dad.
I feel numb since the funeral, is that part of grief?
Are there grief support groups online?
My colleague lost her baby, what should I say?
I didn't cry at my grandfather's funeral and I feel bad.
My horse died and people don't understand how much it hurts.
How do I keep my mother's memory alive for my kids?
I lost my job and I'm grieving the career I planned.
I find it hard to visit the cemetery.
My best friend moved across the world and it feels like grief.
We had to put our old dog down and my daughter won't stop crying.
How do I handle well-meaning people saying 'everything happens for a reason'?
I'm planning a memorial for my grandfather's 100th birthday.
My sister died in a car accident last year and my parents are struggling.
I feel relieved my dad's suffering is over and that makes me feel guilty.
How can I help my elderly mother after my father's death?
My wife's ashes are still on the shelf and I'm not sure what to do with them.
Grief hits me at random times, like in the grocery store.
I lost a pregnancy at 20 weeks and want to honour the baby.
My childhood home was sold and I feel a strange grief about it.
My therapist says grief comes in waves, what does that mean?
My friend's mother died and I don't know if I should go to the funeral.
""")

_N["self_esteem"] = _L("""
How can I stop comparing myself to people on Instagram?
I never feel good enough at anything I do.
How do I build confidence before a date?
I hate how I look in photos.
I feel like my friends are more successful than me.
How do I stop being so hard on myself?
I struggle to accept compliments.
How can I speak up more in class?
I feel insecure about my accent at work.
Is it okay to love myself even though I'm not perfect?
I want to feel more comfortable in my body at the gym.
How do I stop apologizing for everything?
I feel like I'm not smart enough for my university course.
My inner critic is really loud today.
How do I celebrate small wins?
I'm trying to be kinder to myself after a mistake.
I feel like I have no talents.
How do I stop seeking approval from my parents?
I get embarrassed about being single at 35.
I want to stop caring so much what others think.
How do I write positive affirmations that don't feel fake?
I feel ugly compared to my sister.
My self-esteem took a hit after the breakup.
How do I build a healthier relationship with food and my body?
I'm proud of myself for going to therapy today.
I feel like a fraud whenever I get praised.
How can I become more assertive?
I'm self-conscious about my acne.
How do I deal with feeling average?
I want to stop putting myself down in conversations.
I'm starting to like myself more this year.
How do I feel confident in a new friend group?
I feel behind in life compared to people my age.
Any books about self-compassion?
I get defensive when people criticize me.
""")

_N["sleep"] = _L("""
I can't fall asleep before 2am no matter what I try.
How do I fix my sleep schedule after travelling?
I wake up at 4am every night and can't go back to sleep.
Is it bad to use my phone in bed?
How much sleep does a teenager need?
I have vivid dreams every night and wake up tired.
Does melatonin actually work?
My partner's snoring keeps me up.
I feel groggy even after eight hours of sleep.
What's a good bedtime routine for adults?
I take naps in the afternoon and then can't sleep at night.
Should I see a doctor about insomnia?
I sleepwalk sometimes, is that dangerous?
How do night shift workers get enough rest?
My baby wakes every two hours and I'm exhausted.
I drink coffee late and wonder if it's ruining my sleep.
Is white noise good for sleeping?
I grind my teeth at night.
I keep having stress dreams about missing exams.
How do I stop my racing thoughts at bedtime?
Is it okay to sleep with the TV on?
I sleep too much on weekends and feel worse.
What temperature should my bedroom be for good sleep?
I have restless legs at night.
Does exercise in the evening affect sleep?
I get sleepy after lunch at work every day.
How can I wake up earlier without feeling terrible?
I have sleep paralysis sometimes and it freaks me out.
My teenager stays up gaming until 3am.
Is reading before bed better than watching shows?
I feel anxious about not sleeping which makes it worse.
How long should a power nap be?
My dog sleeps in my bed and wakes me up, should I move him?
I've heard about sleep hygiene, what does that include?
Jet lag is killing my productivity this week.
""")

_N["therapy_general"] = _L("""
What should I expect at my first therapy session?
How do I find a therapist who takes my insurance?
Is it normal to feel worse after a therapy session?
What's the difference between a psychologist and a psychiatrist?
How do I know if my therapist is a good fit?
Can I switch therapists if I don't connect with mine?
What is DBT and who is it for?
How often should I go to therapy?
I'm nervous about talking about my childhood in therapy.
Is online therapy as effective as in person?
What's EMDR and does it work?
How do I bring up something uncomfortable with my therapist?
My therapist is going on maternity leave, how do I cope with the gap?
Can you recommend some mindfulness exercises?
How do I start journaling for my mental health?
What are cognitive distortions?
I want to start therapy but I'm not sure what to talk about.
Is it okay to cry in therapy?
How can I make the most of a 50 minute session?
I finished therapy last month and I'm doing well, how do I keep it up?
What's a safety plan and should everyone have one?
How do I talk to my doctor about starting antidepressants?
What does a mental health day actually look like?
I want to learn about attachment styles.
Do support groups really help?
Can you explain what burnout is?
How do I explain to my family why I'm in therapy?
What are some healthy coping skills for stress?
How can I tell if I'm depressed or just sad?
My therapist gave me homework, is that normal?
""")

_N["school_study"] = _L("""
I have three exams next week and I don't know where to start studying.
How do I stop procrastinating on my essay?
I'm nervous about moving into university dorms.
My group project partners aren't doing any work.
How do I choose a major?
I failed a quiz and I'm worried about my grade.
How do I make friends at a new school?
My teacher seems to dislike me.
What's the best way to memorize vocabulary?
I'm applying to colleges and feeling overwhelmed.
How do I balance a part-time job with school?
I got into my dream school!
I'm thinking about taking a gap year.
Online classes make it hard for me to focus.
How do I ask a professor for an extension?
My parents want me to study medicine but I love art.
I'm the oldest student in my evening class.
How can I improve my handwriting?
I'm dreading my oral presentation tomorrow.
My roommate at uni plays music all night.
How do I write a good thesis statement?
What are good study break activities?
I'm scared of picking the wrong career path.
My school has a new phone ban and everyone is annoyed.
How do I prepare for the SAT?
I'm learning Spanish and plateaued.
How do I deal with a bully in my class?
I'm struggling with math this semester.
I want to start a study group.
How do I handle exam stress without losing sleep?
""")

# ---------------------------------------------------------------------------
# ENGLISH - NONE (hard negatives)
# ---------------------------------------------------------------------------
_N["past_attempt_recovery"] = _L("""
Five years ago I attempted suicide, and today I celebrated my recovery with my family.
I used to self harm as a teenager, now my scars are just part of my story.
After my overdose in 2015 I got help, and I'm doing really well now.
It's been three years since my last suicidal episode and I feel stable.
I want to become a peer support worker because I survived my own suicide attempt.
My scars from cutting have faded and I finally wear short sleeves in summer.
Back when I was depressed I wanted to die, but therapy changed my life.
I'm two years clean from self harm and I'm proud of that.
I spoke at a mental health event about my attempt at 19 and how I recovered.
I used to think about killing myself every day in high school, now I'm happily married.
My therapist and I looked back at how far I've come since my hospitalization.
I wrote a blog post about surviving a suicide attempt and it helped others.
Ten years ago I was in a psych ward after trying to end my life, now I'm a nurse.
I'm grateful I didn't die back then, because I got to meet my daughter.
My old safety plan is in a drawer and I haven't needed it in years.
I had a hard time in college and made an attempt, but I'm in a great place now.
I'm writing a memoir about my recovery from depression and a suicide attempt.
The urge to cut went away years ago and I feel free.
Looking back, I'm glad the overdose didn't work, life is good now.
I used to post about wanting to die, now I post about my garden.
I've been in remission from depression for four years and feel really good.
It took me a long time, but I no longer have suicidal thoughts.
I volunteer at the crisis line now because someone helped me when I tried to kill myself years ago.
My semicolon tattoo reminds me that my story isn't over.
I'm celebrating five years since the worst night of my life, and I'm doing great.
My recovery from self harm started when I told my mom the truth years ago.
I can talk about my past attempt calmly now and it doesn't scare me anymore.
My psychiatrist lowered my medication because I've been stable for two years.
Years ago I gave all my things away because I planned to die, now I'm building a new collection.
I remember when I wanted to disappear, and I'm so glad I stayed.
I used to be the girl who cut in the school bathroom, now I'm the school counselor.
I lost my brother to suicide and I now run a support group for families.
My dad attempted when I was a kid and we talk about it openly now, he's doing well.
I shared my story of surviving suicidal depression at church last Sunday.
When I was 16 I overdosed, and today I graduated from nursing school.
i used to sh a lot but ive been clean for 3 years now and im really happy
back in 2019 i tried to kms but im doing way better now, therapy works
i was suicidal in high school but im in a good place now
Recovery isn't linear, but I haven't had a dark thought in over a year.
I keep my old hospital bracelet as a reminder of how far I've come.
I'm training to be a therapist because of what I went through after my attempt.
My scars used to embarrass me but now I see them as proof I survived.
Five years sober and no self harm, feeling grateful today.
I finally threw away the blades I hid years ago because I don't need them.
When I tell people I once tried to end my life, they're surprised because I'm so happy now.
My husband knows about my past attempt and he's been so supportive of my recovery.
I had my last therapy session today after two years; I used to be suicidal and now I'm not.
Looking at my old journal from when I wanted to die makes me feel compassion for my younger self.
I met my best friend in the hospital after both of us had attempted, and we're both doing great now.
I'm a suicide attempt survivor and I'm running a marathon next month.
""")

_N["clinician_professional"] = _L("""
My patient disclosed suicidal ideation last session, how should I document the risk assessment?
As a school counselor, what screening tools do you recommend for self harm?
I'm a nurse on a psych ward and want to improve how I talk to patients after an overdose.
What's the evidence for safety planning interventions in emergency departments?
I'm writing a training module for teachers on recognizing suicide warning signs.
My client talks about self harm in the past tense, how do I explore that gently?
As a GP, how often should I ask depressed patients about suicidal thoughts?
I'm a therapist and one of my clients said 'kms' jokingly, how do I assess it?
What's the Columbia Suicide Severity Rating Scale and how is it scored?
I'm a social worker preparing a presentation on domestic violence indicators.
How do I support staff after a patient died by suicide on our unit?
I'm a crisis line volunteer, how do I avoid burnout?
I'm a paramedic and we had a tough overdose call last week, how do other medics decompress?
In my clinical notes, should I write 'committed suicide' or 'died by suicide'?
I run a youth group and want to teach the kids how to help a friend who's struggling.
My supervisee is anxious about asking clients directly about suicide.
What are the risk factors for suicide in older men?
As an ER doctor, how do we manage patients who present after self poisoning?
I'm a psychology student writing my thesis on self harm in adolescents.
How should HR respond when an employee mentions they're struggling?
I'm a teacher and I want to build a lesson on mental health awareness.
I'm a pharmacist and want to know how to counsel patients on medication safety at home.
Can you summarise the stress-vulnerability model for my psychiatry exam?
My patient with chronic pain asked about euthanasia laws, how should I respond professionally?
I work in hospice and talking about death every day is part of the job.
As a police officer I've been trained in crisis negotiation, what are the core principles?
I'm designing a suicide prevention campaign for our university.
What does 'means restriction' mean in prevention research?
I'm a child protection worker and I want to write better case notes.
I'm a coroner's assistant and I'm studying for my certification exam.
How do I train volunteers to de-escalate calls on a helpline?
What are common misconceptions about self harm that clinicians should correct?
I'm a medical student and we practiced taking a suicide risk history in class today.
I'm a school nurse and a student came in with old scars; what's the protocol for a routine check-in?
As a therapist, how do I handle countertransference with clients who remind me of my mother?
I'm compiling statistics on youth suicide rates for a public health report.
What's the difference between non-suicidal self injury and a suicide attempt, clinically?
I'm a trauma therapist and want recommendations for supervision.
How do emergency dispatchers handle calls about domestic violence?
I'm writing a policy for content moderators who review self harm posts.
My client said her week was 'killing her' but she laughed and denied any risk, how should I note that?
I'm a psychiatrist and want to read about lithium's effect on suicide risk.
How do I explain the bystander effect in my first aid class?
I teach mental health first aid courses to office workers.
As a pediatrician, what questions should I ask parents about safe storage of medications?
""")

_N["video_games"] = _L("""
I keep dying on the last boss in Elden Ring, any tips?
My team got wiped in the raid last night, we need a better healer.
How do I kill the dragon in Skyrim without dying?
I just got a 20 kill game in Fortnite!
Is it better to snipe or rush in Call of Duty?
My character died and I lost all my loot, so annoying.
How do I revive teammates in Apex Legends?
We died like twenty times on that level, it was hilarious.
I finally beat Dark Souls after dying a thousand times.
What's the best build for a stealth assassin in Assassin's Creed?
In Minecraft I fell into lava and lost everything.
How do I unlock the permadeath mode in XCOM?
I keep getting headshotted by campers in Counter-Strike.
My Sims died in a kitchen fire, how do I bring them back?
Should I kill or spare the character in the Witcher quest?
In Among Us I killed everyone as the impostor.
How do I get the kill streak reward in Modern Warfare?
My Pokemon fainted right before the gym leader.
I died to a creeper right outside my base.
What's the best weapon to one-shot enemies in Doom?
The zombie killed me right before the save point.
I suicided my character on purpose to respawn faster, is that allowed in ranked?
In League of Legends I went 0 and 10, I was feeding so hard.
How do I assassinate the target silently in Hitman?
My horse died in Red Dead Redemption 2 and I'm weirdly sad.
The final boss has a one-hit kill attack, how do I dodge it?
We need to kill the Ender Dragon this weekend.
In Valorant, what agent is best for entry kills?
I keep falling off the map in Mario Kart.
What's a good loadout for a sniper in Battlefield?
My guild wants to kill the world boss tonight at 9.
In The Last of Us, the death of that character made me cry.
How do I get the 'die 100 times' achievement?
I jumped off the cliff in GTA and my character ragdolled so funny.
The game's permadeath makes every mistake feel huge.
I got killed by my own grenade, classic.
Any tips to survive the first night in Don't Starve?
My tank died because nobody healed him.
How do I stab someone in the back in Dead by Daylight?
I want to speedrun Celeste but I die on chapter 7 so much.
In Hades you die and restart, I love that loop.
Respawn timers in this game are way too long.
I shot my teammate by accident in the heist level.
How many lives do you get in the arcade version?
I hung my character from the ceiling with a glitch in Garry's Mod.
Is the Battle Royale mode better solo or in squads?
What's the best way to kill bosses fast in Diablo?
My clan wiped the enemy base, huge win.
How do I use the poison dagger in Baldur's Gate 3?
i died like 50 times on this level lmao
gg ez, killed the whole squad
ugh my guy died again right at the end
this game makes me want to throw my controller, i keep dying
In Dark Souls, 'you died' is basically the game's catchphrase.
How do I stop my villagers from dying in Stardew Valley winter?
Which gun has the best damage drop-off in Rainbow Six?
I just watched a speedrunner die on the last jump and I screamed.
How do I tame the wolf in Minecraft without killing it?
""")

_N["films_tv_books"] = _L("""
The ending of that movie where the hero dies made me cry so much.
Did you see the episode where the main character gets shot?
I'm reading a thriller about a serial killer and it's so gripping.
What's the best zombie apocalypse film?
In Romeo and Juliet they both die at the end, it's so tragic.
The murder mystery we watched last night had a great twist.
Which season of Breaking Bad has the best poisoning plot?
I love horror movies where everyone dies one by one.
My book club is reading a novel about a woman who fakes her own death.
The villain in the new Batman movie is terrifying.
Hamlet's 'to be or not to be' speech is my favourite monologue.
The documentary about the Titanic sinking was really moving.
I'm writing a short story where the detective finds a body in the lake.
That war film had so many battle scenes, it was intense.
The character's suicide in the series was handled really sensitively.
In the musical, the hero dies in the second act.
Have you seen the show where the family runs a funeral home?
The novel's narrator is a ghost who watches her family after she dies.
I cried when the dog died in that movie, why do they always kill the dog?
What order should I watch the Final Destination movies in?
The crime drama shows how detectives investigate a poisoning.
I'm reading Anna Karenina and just got to the train scene.
My favourite anime has a character who sacrifices himself to save his friends.
Do you think the main character survives at the end of Inception?
The season finale killed off my favourite character.
That scene with the knife in Psycho is iconic.
Which Agatha Christie novel has the best murder?
We watched a slasher film at the sleepover and couldn't sleep.
I'm writing a screenplay about a hitman who wants to retire.
In the book, the heroine jumps off the bridge into the river to escape the villains.
The film about the mountain climbers who died on Everest was gripping.
Shakespeare kills off almost everyone in his tragedies.
What's a good true story movie about a prison escape?
The play ends with the father giving away all his possessions to his daughters, King Lear is so sad.
I'm reading a dystopian novel where the government controls who lives and dies.
In the show, the character overdoses and it's a turning point for the season.
The Western we watched ended with a big shootout.
My kids love the movie where the lion king dies, but they cry every time.
That horror movie with the possessed doll gave me nightmares.
The ghost story my grandpa told by the campfire was terrifying.
The spy thriller had a great poison-in-the-wine scene.
I'm rewatching the Harry Potter series, Dobby's death still hurts.
My favourite song is about a guy who wants to run away and disappear.
The poem 'Do not go gentle into that good night' is about resisting death.
The movie about the sinking submarine had me holding my breath.
""")

_N["true_crime_news"] = _L("""
I just finished a true crime podcast about a poisoning case from the 80s.
Did you hear about the bank robbery downtown yesterday?
The news said there was a shooting at the mall but everyone is safe now.
I'm fascinated by the forensic science in cold case documentaries.
There was a stabbing in our neighbourhood last year and they caught the guy.
My favourite true crime book is about a 1960s murder in Kansas.
The documentary about the cult was disturbing but really well made.
They finally solved the murder case after 30 years thanks to DNA.
I read an article about rising suicide rates among farmers and it was eye-opening.
The news covered a celebrity's death from an overdose last week.
I'm listening to a podcast about famous kidnappings.
The trial of the accused killer starts next month.
Our town had a bad car crash on the highway last night, three people hurt.
There was a fire at the factory but everyone got out.
I'm writing an essay about the history of the death penalty.
The journalist investigated how the serial killer evaded police for years.
I watched a documentary on the opioid crisis and it was heartbreaking.
A historical article about the plague said millions died in Europe.
True crime fans always argue about whether the husband did it.
My local paper had a story about a man who survived falling off a cliff while hiking.
I'm researching the Jack the Ripper case for a school project.
The news said a bridge collapsed in another country.
Podcasts about unsolved murders help me fall asleep, weirdly.
The museum had an exhibit on medieval torture devices.
I read about the mass shooting anniversary memorial in the paper.
The report on domestic violence statistics in our country was shocking.
Did you see the story about the hostage situation that ended peacefully?
There's a new series about a nurse who poisoned patients in the 90s.
The court sentenced the drunk driver who killed a cyclist.
I'm studying criminology and we discussed famous arson cases today.
I follow a YouTuber who explains historical assassinations.
The news about the avalanche that killed skiers was so sad.
Our history teacher talked about the war and how many soldiers died.
The coroner's report in that famous case was released to the public.
I'm reading about the psychology of people who join gangs.
""")

_N["idioms"] = _L("""
This traffic is killing me.
I'm dying to see the new Marvel movie.
I'm dead tired after that double shift.
Shoot me a text when you get home.
My feet are killing me after walking all day in these shoes.
That joke was so funny I literally died laughing.
I'm starving to death, what's for dinner?
If my mom finds out I dented the car she'll kill me.
I could murder a pizza right now.
This heat is going to be the death of me.
My boss is going to kill me if I'm late again.
I'm dying of embarrassment after tripping on stage.
We killed it at the concert last night!
I'm so bored I could die.
The comedian absolutely slayed tonight.
That outfit is to die for.
I nearly had a heart attack when the cat jumped on me.
You're killing me with these puns.
My phone is dead, I'll call you later.
I'm going to kill two birds with one stone and shop on the way home.
Break a leg at your audition!
This homework is the bane of my existence.
I'd kill for a cup of coffee right now.
I'm dead serious about learning to play the piano.
Her presentation blew everyone away.
We have to kill some time before the movie starts.
My plants are dying because I forgot to water them.
The battery in my car died this morning.
I'm over the moon about the promotion.
I'm sick and tired of the rain.
Don't kill the vibe, let's keep dancing.
I almost died when I saw the price of the concert tickets.
The party was dead until the DJ showed up.
This spicy sauce is going to kill me but I love it.
The suspense is killing me, just tell me!
I'm literally dying, this video is hilarious.
Grandma will kill me if I don't call her on Sunday.
My legs are dead after leg day.
I'm drowning in paperwork this week.
That exam absolutely destroyed me.
I'm hanging by a thread with this project deadline, but we'll ship it Friday.
I'm just going to crash on the couch tonight.
I'll be dead meat if I forget our anniversary.
I'm going to die of boredom in this meeting.
I want to disappear under the table every time my dad tells that story.
He was so embarrassed he wanted the ground to swallow him up.
I could just die, she wore the same dress as me!
Kill the lights when you leave, please.
We're going to shoot the music video on Saturday.
Stop, you're killing me, I can't breathe from laughing.
That was a killer workout.
Let's bury the hatchet and move on.
The new album is fire.
I'm knackered, totally dead on my feet.
This cold is knocking me out.
I'm so hungry I could eat a horse.
I bombed my interview, oh well, next time.
The project is dead in the water unless we get funding.
Our team got slaughtered 5-0 last night.
My laptop is on its last legs.
The jokes at the roast were brutal.
i'm dead 💀 that meme
lmaooo im dying
bro that killed me 😂
im deceased, this is too funny
ugh this week is killing me but friday is almost here
im so dead tired lol
shoot me a msg later
i could kill for some fries rn
my phone's about to die, text u later
I'm going to throw myself into the new project at work.
I'm dying to know how the story ends.
I'd rather die than wear those shoes, haha.
My mom will murder me if I bring home another stray cat.
We're dead in the water until the supplier delivers.
That sunburn killed me at the beach.
I have a killer headache from staring at spreadsheets.
Pulling the plug on our old website next week.
She's drop-dead gorgeous in that dress.
My diet is killing me, I miss bread.
Over my dead body will I watch that movie again.
I'm cutting back on sugar this month.
I'm cutting my hair short for summer.
I'm going to hit the sack early tonight.
I'd jump at the chance to visit Japan.
Let's take the plunge and book the trip.
He's taking a leap of faith with his new business.
I'm at the end of my rope with this printer, it jammed again.
I can't do this anymore, this puzzle is impossible haha.
I'm so done with this assignment, handing it in and going to bed.
This song slaps, I'm obsessed.
Don't shoot the messenger, but the meeting is cancelled.
My car died on the freeway so I'm waiting for a tow.
""")

_N["cooking"] = _L("""
What's the best knife for slicing tomatoes?
How do I sharpen my chef's knife at home?
How long should I boil eggs for a runny yolk?
Can I freeze cooked rice safely?
What's the safest way to debone a chicken?
How hot should the oil be for deep frying?
I cut my finger a little while chopping onions, how do I stop it bleeding quickly?
Is it safe to eat raw cookie dough?
How do I kill a lobster humanely before cooking it?
What's the best way to slice a mango?
How long does homemade broth last in the fridge?
Can I use bleach to clean my cutting boards?
How many cups of flour go into a basic bread recipe?
How do I carve a turkey for Thanksgiving?
What's a good substitute for buttermilk?
Can I put a cast iron pan in the dishwasher?
How do I stop my cheesecake from cracking?
What temperature kills bacteria in chicken?
How do I cut a pineapple without wasting too much?
How long can cooked food sit out before it's unsafe?
What's the best way to store fresh herbs?
How do I make my own hot sauce?
Which mushrooms are poisonous and shouldn't be foraged?
How do I fillet a fish properly?
Is it safe to reheat rice twice?
How do I make a pie crust flaky?
My bread dough isn't rising, what did I do wrong?
What knife should I buy for a beginner cook?
How do I julienne carrots quickly?
How much salt do I put in pasta water?
What's the safest way to use a mandoline slicer?
How long do I rest a steak after cooking?
How do I safely thaw a frozen turkey?
Is rhubarb leaf really poisonous?
How do I make caramel without burning it?
What's the difference between baking soda and baking powder?
How do I get rid of fruit flies in my kitchen?
What's the trick to chopping onions without crying?
How do I butcher a whole pig for a roast?
How long should I marinate chicken?
""")

_N["tools_diy"] = _L("""
What size drill bit do I need for a wall anchor?
How do I safely use a chainsaw to cut down a small tree?
Which rope knot is best for tying down a load on a roof rack?
How do I replace the blade on my utility knife?
What's the best way to hang heavy shelves on drywall?
How do I change the chain on my bike?
Can I use a nail gun without compressed air?
How do I strip paint off an old chair?
Is it safe to use a ladder on uneven ground?
How do I cut through a metal pipe?
What type of rope should I buy for a tree swing?
How do I sharpen an axe?
What's the difference between a jigsaw and a circular saw?
How high can I safely stack pallets in the garage?
How do I tie a bowline knot for sailing?
My car battery is dead, how do I jump start it?
How do I replace a broken window pane?
What safety gear do I need for welding?
How do I hang a hammock between two trees?
Can I run my generator in the garage if the door is open?
How do I safely dispose of old paint thinner?
What's the best way to remove a rusty bolt?
How do I get on the roof to clean the gutters safely?
How do I rewire a lamp?
Can I mix bleach and vinegar for cleaning? I've heard it's dangerous.
How do I fix a leaking tap?
What's the best glue for wood?
How do I install a ceiling fan?
How sharp should my lawn mower blade be?
What's a good rope for rock climbing beginners?
How do I use a staple gun on upholstery?
How do I cut tiles for a bathroom floor?
""")

_N["medication_dosage"] = _L("""
What's the maximum dose of ibuprofen I can take in a day for a headache?
Can I take paracetamol and ibuprofen together for a fever?
How long after taking melatonin should I go to sleep?
I missed a dose of my birth control pill, what should I do?
Is it okay to drink alcohol while on antibiotics?
How much children's Tylenol can I give my 3 year old?
Can I split my sertraline tablet in half?
What happens if I accidentally take my blood pressure pill twice?
How should I store insulin when travelling?
Do antidepressants cause weight gain?
My doctor increased my dose of fluoxetine, how long until it works?
Is it safe to take allergy medicine every day?
Can I give my dog human aspirin?
How do I safely dispose of old prescription pills?
What's the difference between extended release and immediate release?
I forgot to take my thyroid medication this morning, should I take it now?
Can I take cold medicine with my antidepressant?
How long do side effects of starting an SSRI usually last?
Is it normal to feel sleepy on a new anxiety medication?
Can I take vitamin D with my other meds?
What should I do if my kid swallowed one gummy vitamin too many?
How long does a dose of ADHD medication last?
What's a normal dose of melatonin for adults?
Can I crush my pills and put them in applesauce?
Should I take my iron supplement with food?
Is it safe to stop my antidepressants all at once? My doctor wants to taper.
How do I keep track of my grandmother's pills?
Can I take my antibiotics with milk?
Do I need a prescription for naloxone?
How do I use a pill organizer for weekly meds?
What's the safe limit of caffeine per day?
My pharmacist says to take my medication with food, why?
Can I take expired painkillers?
What are the side effects of lithium I should watch for?
How many milligrams of magnesium should I take for cramps?
Is it dangerous to mix sleeping pills and alcohol? I want to be careful at the wedding.
What's the right dose of antihistamine for a child with hives?
How often can I use my asthma inhaler?
Is it safe to take St John's wort with birth control?
What are the symptoms of an allergic reaction to penicillin?
""")

_N["chemistry_science"] = _L("""
Why does mixing bleach and ammonia produce toxic gas?
How does carbon monoxide poisoning work, for my chemistry report?
What's the lethal dose concept in toxicology, LD50, for my pharmacology class?
How do batteries explode when they overheat?
What's the chemical reaction in a fire extinguisher?
Why is mercury toxic to humans?
How do you neutralize an acid spill in the lab?
What makes some mushrooms poisonous at a molecular level?
Explain how cyanide affects cellular respiration for my biology exam.
How does nitroglycerin work as a heart medication and an explosive?
What safety rules should I follow in the high school chemistry lab?
Why is it dangerous to pour water into concentrated acid?
How does arsenic poisoning show up in historical cases?
What gases are produced when plastic burns?
How do snake venoms affect the nervous system?
What's the half-life of caffeine in the body?
Why do radioactive elements decay?
How does a gas leak detector work?
What's the chemistry behind hair bleach?
How do antidotes work in general?
Why is hydrofluoric acid so dangerous to handle?
How do fireworks get their colours?
What is the boiling point of ethanol?
How does chlorine purify swimming pool water?
How does the body metabolize alcohol?
What's the difference between an exothermic and endothermic reaction?
Why does dry ice burn your skin?
How do plants produce toxins to defend themselves?
What is oxidation in simple terms?
How do pesticides affect bees?
""")

_N["hunting_fishing_outdoors"] = _L("""
What caliber rifle is best for deer hunting?
How do I field dress a deer after the hunt?
When does duck hunting season open this year?
How do I clean my shotgun after a day at the range?
What's the best bait for catching trout?
I shot my first pheasant today with my dad.
How do I safely store my hunting rifles at home?
What's the best way to gut a fish at the campsite?
How do I get a hunting license in my state?
What's the ethical way to dispatch a wounded rabbit?
How far can I shoot accurately with a compound bow?
What knife is best for skinning game?
I'm taking a gun safety course before hunting season.
How do I set up a tree stand safely?
What's the best scope for long-range elk hunting?
How do I smoke venison?
We went bow hunting and didn't see a single deer.
How do I tie a fishing hook knot?
Is it legal to hunt wild boar on private land?
How should I transport a hunting rifle in my car?
I'm going clay pigeon shooting with friends on Saturday.
How do I hang a deer to age the meat?
What's a good rifle for target shooting at 100 yards?
How do I trap mice humanely?
How do I teach my son to shoot a BB gun safely?
What do I need for an ice fishing trip?
How do I bleed a fish so it tastes better?
Can I hunt geese with a 20 gauge?
What should be in my first aid kit for hiking?
We went cliff jumping at the lake with lifeguards, it was so fun.
How do I go skydiving for the first time?
What gear do I need for bungee jumping?
Is base jumping legal in national parks?
I want to try free diving, how long can beginners hold their breath?
What's the best rope for rappelling?
""")

_N["sports"] = _L("""
We killed the other team in the basketball tournament today.
My soccer coach says I need to shoot with my left foot more.
How do I improve my free throw shooting?
We got crushed 6-0 in the hockey game.
What's the best way to tape an ankle for volleyball?
The boxer knocked out his opponent in the first round.
How do I train for my first marathon?
My fantasy football team is dying this season.
The striker shot from 30 yards and scored!
What are good drills for a goalie?
He hit a grand slam in the bottom of the ninth.
How do I avoid shin splints when running?
The MMA fighter choked his opponent out in the second round.
We got slaughtered in the rugby match but had fun.
How do I improve my serve in tennis?
What's the best diet for a cyclist?
The team's season is dead after losing the star player.
I want to learn to fence, is it dangerous?
The sudden death overtime was so intense.
What's a good warm-up before lifting weights?
My archery club has a competition next week.
How do I get better at shooting three-pointers?
The wrestler pinned his opponent in ten seconds.
Our team needs a killer instinct in the final.
I dislocated my finger playing basketball, how long to heal?
How do I land a backflip on a trampoline safely?
The cliff divers in Acapulco are amazing.
Is boxing good for stress relief?
What are the rules of a penalty shootout?
The sniper shot in biathlon looks so hard.
I want to try skeleton sledding, it looks terrifying.
Our coach killed us with sprints at practice.
How do I jump higher for volleyball?
That dunk was absolutely murderous.
We choked in the final minutes and lost.
How do I prevent injuries when skateboarding?
The golfer shot a 65 to win the tournament.
What's the best sword for beginner fencing?
Our relay team died on the last lap.
How do I learn to dive off the high board?
""")

_N["awareness_helping"] = _L("""
What are the warning signs of suicide I should know about for my friends?
How do I start a conversation with someone I'm worried about?
Our school is doing a mental health week, what activities work well?
What should I say to someone who tells me they're struggling?
I'm putting together a list of crisis hotline numbers for our office noticeboard.
How can communities reduce stigma around mental illness?
I'm doing a fundraiser walk for suicide prevention next month.
How do I become a volunteer at a crisis text line?
What's the best way to store medications safely in a house with teenagers?
My company wants to start a peer support program, where do we begin?
I'm writing an article about how to talk to kids about mental health.
How do I support a friend after they get out of the hospital?
What is 'QPR' training for suicide prevention?
Are there apps that help people build a safety plan?
How do I talk to my teen about a classmate who died by suicide?
I want to learn about self harm so I can be a better friend.
How can I tell if my friend is just sad or something more serious?
What language should we avoid when talking about suicide?
I'm organising a candlelight vigil for suicide awareness day.
How do I check in on a friend without being pushy?
I'm taking a mental health first aid course next weekend.
What does a good workplace mental health policy include?
I want to write a school essay on why men are less likely to seek therapy.
Our church wants to host a grief support evening.
How do I make our online community safer for vulnerable members?
""")

_N["misc_everyday"] = _L("""
I went hiking this weekend and the views were incredible.
Can you recommend a good podcast for my commute?
My cat keeps knocking things off the table.
I started learning to knit and it's so relaxing.
What's a good gift for my dad's 60th birthday?
I'm planning a trip to Portugal, any tips?
My garden tomatoes finally turned red.
I want to start running but I hate mornings.
How do I keep my houseplants alive in winter?
I'm redecorating my living room and can't pick a colour.
I adopted a rescue dog and he's so sweet.
We're hosting Thanksgiving for the first time.
I just finished a 1000 piece puzzle.
How do I save money on groceries?
I'm trying to drink more water every day.
My neighbor's dog barks all night.
I want to learn to play guitar at 50.
We're having a baby shower for my sister next month.
I feel happy today for the first time in a while, it's sunny.
I started volunteering at the animal shelter.
What's a good beginner camera for photography?
I'm going to a wedding and don't know what to wear.
I've been feeling a bit down because of the winter weather.
My friend and I are starting a book club.
How do I get better at saying no to extra plans?
I'm moving apartments next week and the packing is endless.
I got a new bike and rode it to work today.
Is it weird to eat breakfast for dinner?
My sourdough starter finally bubbled!
I'm nervous about my first yoga class.
""")

# ---------------------------------------------------------------------------
# ENGLISH - everyday carrier sentences (risk-free, used for embedding)
# ---------------------------------------------------------------------------
CARRIERS["en"] = _L("""
Work was busy today, we had three meetings before lunch.
My manager asked me to redo the quarterly slides again.
I tried a new lasagna recipe tonight and it came out a bit watery.
The recipe said to bake it for 40 minutes but my oven runs hot.
We had a spelling test at school and I got most of the words right.
My little brother has a science fair project about volcanoes.
My cousin's wedding is next month and I still need a dress.
The wedding venue has a garden with fairy lights, it looks lovely.
My dog learned to sit and give paw this week.
The cat has been sleeping on my keyboard all afternoon.
It rained all day so I stayed in and cleaned the kitchen.
I took the bus to work because my car is at the mechanic.
We watched a movie with my roommates and ordered pizza.
My mom called to ask if I'm coming home for the holidays.
I finally finished the book I've been reading for months.
The new coffee place on the corner makes great croissants.
I went grocery shopping and forgot the eggs again.
My sister sent me pictures of her new puppy.
I have a dentist appointment on Thursday.
Our team lost the quiz night at the pub by one point.
My neighbor was mowing his lawn at 7am.
I started a new workout plan on Monday.
The teacher gave us a group project on the Roman Empire.
I'm trying to learn how to bake bread from scratch.
My phone screen cracked when I dropped it on the stairs.
We painted the spare room a light green color.
My friend and I went thrifting on Saturday.
The traffic on the way home was terrible.
My boss is on holiday so the office is quiet.
My grandmother taught me how to make her soup today.
The kids have a half day at school tomorrow.
I spent the morning filling out forms at the bank.
The hamster escaped again and we found it under the fridge.
I'm planning my best friend's bachelorette party.
It's finally warm enough to eat outside.
My laptop updated overnight and now everything looks different.
We're thinking about getting a second cat.
I got a parking ticket outside the library.
I made pancakes for the kids this morning.
The exam results come out next week.
My uncle gave a really long speech at the wedding.
We went to the farmers market and bought way too many peaches.
My coworker brought in homemade cookies.
I've been binge watching a cooking show.
The plumber is coming tomorrow to fix the sink.
I walked the dog around the park twice today.
My daughter lost her first tooth.
I need to return some library books.
The Wi-Fi has been slow all week.
We're having a barbecue this weekend if the weather holds.
I finally organized my closet.
My flight got delayed by two hours.
I signed up for a pottery class.
The cake for the wedding is lemon with raspberry filling.
I had to stay late to finish the inventory.
My son scored a goal at his football game.
I bought new running shoes.
I burned the garlic bread but the pasta was good.
The school trip to the museum was fun.
Our fridge is making a weird noise.
I spent an hour looking for my keys this morning.
The vet said my dog needs to lose a bit of weight.
My mom sent me a recipe for chicken curry.
We practiced the first dance for the wedding tonight.
I have a presentation at work tomorrow.
The kids built a fort out of couch cushions.
I'm trying to drink less coffee.
I picked up extra shifts at the cafe this week.
My roommate borrowed my charger again.
We booked a cabin for the long weekend.
I have to write a five page essay on climate policy.
My parrot learned to say hello.
Anyway, sorry for the long message.
I don't really know how to start this.
Hi, this is my first time using this bot.
So today was a weird day.
Okay so I have a question.
Not sure if this is the right place to ask.
Hello, hope you're having a good day.
Long story short, the week has been a lot.
""")

# ---------------------------------------------------------------------------
# SPANISH
# ---------------------------------------------------------------------------
SEEDS["es"]["high"]["self"] = _L("""
Esta noche me voy a matar cuando todos estén dormidos.
Ya tengo las pastillas en la mano y me las voy a tomar ahora.
Me acabo de tomar todo el frasco de pastillas para dormir.
Estoy en el puente y voy a saltar.
Mañana temprano me cuelgo en el garaje, ya compré la cuerda.
Ya escribí la carta de despedida, lo hago a medianoche.
Me estoy cortando ahora mismo y no puedo parar.
Me corté muy hondo y no deja de sangrar.
Tengo la pistola de mi padre cargada en la mesa.
Este es mi último mensaje, gracias por todo y adiós.
Le regalé mi perro a la vecina porque ya no voy a estar.
El viernes después del trabajo me tiro del edificio.
Estoy en la azotea y ya no quiero seguir, voy a saltar.
Me tomé todas las pastillas de mi madre y me siento muy mareada.
Voy a tirarme al tren cuando pase el próximo.
Estoy en el coche con el motor encendido dentro del garaje cerrado.
Ya repartí mis cosas entre mis amigos, no las voy a necesitar.
Díganle a mi mamá que la quiero y que no es su culpa.
En una hora ya no voy a estar, solo quería que alguien lo supiera.
Esta es mi última noche, ya lo tengo todo preparado.
me voy a matar hoy en la noche, ya lo decidí
ya me tome todo, ya es tarde
tengo el cuchillo aqui y lo voy a hacer
estoy en el borde del balcón ahora mismo
No estoy a salvo esta noche, tengo todo listo para hacerlo.
""")
SEEDS["es"]["high"]["others"] = _L("""
Mi mejor amiga me acaba de escribir que se va a suicidar esta noche, ¿qué hago?
Mi hermano se tomó un montón de pastillas y no despierta.
Mi novio me mandó un mensaje de despedida y no contesta el teléfono.
Mi padre le está pegando a mi madre ahora mismo y estoy escondida en mi cuarto.
Mi padrastro me está golpeando, estoy encerrada en el baño.
Mi ex está afuera de mi casa con un cuchillo diciendo que me va a matar.
El vecino le está pegando a su niño pequeño, lo oigo llorar y gritar.
Mi amigo está en el puente ahora y dice que va a saltar.
Mi marido me tiene encerrada y me amenaza con una pistola.
Hay un niño encerrado en un coche al sol en el estacionamiento.
Mi hija dice que tiene una cuerda en su cuarto y que lo va a hacer esta noche.
Alguien en mi grupo dijo que se iba a matar esta noche y se desconectó.
mi amiga dice que se esta cortando ahorita y hay mucha sangre
mi papa esta golpeando a mi hermanito ahorita, que hago
Un hombre está arrastrando a una mujer del pelo en la calle ahora mismo.
Mi compañera de piso no responde y hay frascos de pastillas vacíos en el suelo.
Mi novio me está ahorcando y ahora está en la cocina, tengo mucho miedo.
Mi abuelo salió de casa diciendo que se va a tirar al río.
Voy a apuñalar a mi padrastro cuando llegue esta noche.
Mi tía envió un correo de despedida a toda la familia y nadie la encuentra.
""")
SEEDS["es"]["possible"]["self"] = _L("""
A veces desearía dormirme y no despertar nunca.
No sé cuánto tiempo más voy a aguantar esto.
Ya no le veo sentido a nada.
Siento que todos estarían mejor sin mí.
Soy una carga para mi familia.
Me dan ganas de desaparecer y que nadie se dé cuenta.
Tengo ganas de cortarme otra vez, pero estoy intentando no hacerlo.
Pienso en el suicidio casi todos los días, aunque no tengo un plan.
No quiero matarme, pero tampoco quiero seguir viviendo.
Ojalá no hubiera nacido.
Nada va a mejorar nunca.
Estoy cansada de vivir.
Me da igual si me muero mañana.
Estoy en mi límite, ya no puedo más.
Me siento vacío y sin esperanza.
A veces pienso en tirarme cuando cruzo el puente, pero sigo caminando.
Me odio tanto que no soporto ser yo.
Llevo tres meses sin hacerme daño pero las ganas han vuelto.
Nadie me echaría de menos si me fuera.
Estoy aguantando con un hilo.
ya no quiero estar aqui
a veces me quiero morir la verdad
nada tiene sentido ya
tengo pensamientos de muerte otra vez
ojala me atropellara un coche
quiero desaparecer para siempre
siento que no sirvo para nada y que sobro
""")
SEEDS["es"]["possible"]["others"] = _L("""
Mi amiga dice muchas veces que se quiere morir, pero luego dice que está bien.
Mi hijo dice que nadie lo quiere y que mejor no existir.
Mi novio se corta a veces y no sé cómo ayudarlo.
Mi madre dice que está cansada de vivir desde que murió mi padre.
Mi hermano publica cosas muy oscuras sobre no querer existir.
Mi padre me pega cuando bebe y no sé a quién decírselo.
Mi pareja me revisa el móvil y se pone violento cuando se enfada.
Una alumna escribió en su cuaderno que quiere morirse.
Mi amigo bromea mucho con matarse y cada vez más seguido.
Mi abuela dice que ya está lista para morir y casi no come.
Creo que mi pareja me maltrata, pero no sé qué hacer.
Mi compañero de trabajo dice que ya no puede más con su vida.
Mi hermana se encierra en su cuarto todo el día y dice que nada importa.
Mi mejor amigo me contó que tiene pensamientos suicidas pero no tiene plan.
Mi sobrina tiene cicatrices en los brazos y no quiere hablar de ello.
""")
SEEDS["es"]["none"]["everyday"] = _L("""
¿Cómo le digo a mi pareja que necesito más espacio?
Me pongo muy nerviosa antes de hablar en público, ¿algún consejo?
Mi hijo de tres años tiene rabietas todas las mañanas.
Mi jefe me da más trabajo del que puedo hacer.
Mi abuela murió el mes pasado y la echo mucho de menos.
No puedo dormirme antes de las dos de la mañana.
¿Qué puedo esperar en mi primera sesión de terapia?
Me cuesta aceptar los cumplidos.
¿Cómo hago amigos en una ciudad nueva?
Mi hija adolescente no suelta el móvil en la cena.
Tengo tres exámenes la semana que viene y no sé por dónde empezar.
¿Cómo puedo pedir un aumento de sueldo?
Me comparo todo el tiempo con la gente en Instagram.
Mi perro murió hace un año y todavía lloro a veces.
¿Es normal sentir ansiedad sin motivo?
Mis padres se están divorciando y me siento en medio.
¿Cómo preparo a mis hijos para la llegada de un hermanito?
Me despierto a las cuatro cada noche y no vuelvo a dormirme.
Quiero cambiar de carrera a los cuarenta, ¿es muy tarde?
Estoy orgullosa de mí por haber ido hoy a terapia.
""")
SEEDS["es"]["none"]["hard"] = _L("""
Me muero de hambre, ¿qué hay para cenar?
Estoy muerto de cansancio después del turno doble.
Este calor me está matando.
Me muero de ganas de ver la nueva película.
Casi me muero de la risa con ese vídeo.
Mi madre me va a matar si llego tarde otra vez.
Me muero de vergüenza, me caí delante de todos.
Mándame un mensaje cuando llegues a casa.
Me quedé sin batería, el móvil está muerto.
Mataste en el concierto, ¡qué bien cantaste!
Me mataron veinte veces en el último nivel del juego.
¿Cómo mato al jefe final de Elden Ring sin morir?
En Minecraft me caí en la lava y perdí todo.
La película termina con la muerte del protagonista y lloré muchísimo.
Estoy escuchando un pódcast de crímenes reales sobre un envenenamiento.
¿Cuál es el mejor cuchillo para cortar tomates?
¿Cuánto tiempo hay que hervir los huevos para que la yema quede líquida?
¿Cuál es la dosis máxima de ibuprofeno al día para un dolor de cabeza?
¿Puedo tomar paracetamol e ibuprofeno juntos para la fiebre?
¿Por qué es peligroso mezclar lejía con amoníaco?
Hace cinco años intenté suicidarme y hoy celebro mi recuperación con mi familia.
Antes me autolesionaba, pero llevo tres años limpia y estoy muy bien.
Soy psicóloga y un paciente me habló de ideas suicidas, ¿cómo documento la evaluación de riesgo?
Soy enfermera en urgencias y quiero mejorar cómo hablo con pacientes tras una sobredosis.
¿Qué calibre es mejor para cazar ciervos?
Mañana vamos a pescar truchas al río con mi padre.
Les dimos una paliza en el partido de fútbol, ganamos cinco a cero.
El boxeador noqueó a su rival en el primer asalto.
En Romeo y Julieta los dos mueren al final, qué trágico.
¿Cómo afila uno un hacha para cortar leña?
¿Qué nudo de cuerda sirve para amarrar la carga en la baca del coche?
Estoy hasta las narices de este atasco.
Ese vestido es para morirse de bonito.
Me mato a estudiar y luego el examen es facilísimo.
¿Cuáles son las señales de alerta del suicidio para ayudar a un amigo?
Me voy a tirar a la piscina y apuntarme al maratón.
Esta serie me tiene enganchadísima, me muero por ver el final.
Me duele la cabeza de tanto mirar la pantalla, me está matando.
Hoy he matado dos pájaros de un tiro con las compras.
Mi planta se está muriendo porque se me olvidó regarla.
jajaja me muero con este meme
Mi equipo de baloncesto los aplastó en la final del torneo.
En el juego de zombis me mataron justo antes del punto de guardado.
¿Cómo se deshuesa un pollo entero sin desperdiciar carne?
Mi psicóloga me dijo que estoy mucho mejor que hace un año.
Ese chiste me mató, no podía parar de reír.
""")
CARRIERS["es"] = _L("""
Hoy en el trabajo tuvimos tres reuniones seguidas.
Intenté hacer una receta nueva de lentejas y quedó rica.
Mi perro aprendió a dar la pata esta semana.
La boda de mi prima es el mes que viene y aún no tengo vestido.
En el colegio nos mandaron un trabajo sobre los romanos.
Llovió todo el día así que limpié la cocina.
Mi madre me llamó para preguntar si voy en Navidad.
El gato se pasó la tarde durmiendo encima del teclado.
Fui al supermercado y se me olvidaron los huevos otra vez.
Mi hermana me mandó fotos de su cachorro nuevo.
El tráfico para volver a casa fue horrible.
Hicimos una barbacoa con los vecinos el domingo.
Tengo cita con el dentista el jueves.
Mi hijo metió un gol en el partido de fútbol.
Hola, es la primera vez que uso este bot.
No sé muy bien cómo empezar esto.
Bueno, hoy fue un día raro.
Perdón por el mensaje tan largo.
""")

# ---------------------------------------------------------------------------
# PORTUGUESE
# ---------------------------------------------------------------------------
SEEDS["pt"]["high"]["self"] = _L("""
Hoje à noite eu vou me matar quando todo mundo dormir.
Estou com os comprimidos na mão e vou tomar todos agora.
Acabei de tomar a cartela inteira de remédio para dormir.
Estou na ponte agora e vou pular.
Amanhã cedo vou me enforcar na garagem, já comprei a corda.
Já escrevi a carta de despedida, vou fazer à meia-noite.
Estou me cortando agora e não consigo parar.
Cortei fundo demais e o sangue não para.
A arma do meu pai está carregada aqui do meu lado.
Essa é minha última mensagem, obrigado por tudo, adeus.
Dei meu gato para a vizinha porque não vou mais estar aqui.
Sexta depois do trabalho eu vou me jogar do prédio.
Estou no terraço do prédio e vou pular agora.
Tomei todos os remédios da minha mãe e estou muito tonta.
Vou me jogar na frente do metrô quando ele chegar.
Estou no carro com o motor ligado dentro da garagem fechada.
Já dei todas as minhas coisas para os meus amigos, não vou precisar delas.
Digam para minha mãe que eu a amo e que não é culpa dela.
Daqui a uma hora eu não vou mais existir, só queria que alguém soubesse.
Essa é minha última noite, já está tudo preparado.
vou me matar hoje, ja decidi
ja tomei tudo, agora é tarde
to com a faca aqui e vou fazer
to na beira da janela agora
Não estou seguro hoje à noite, tenho tudo pronto para acabar com tudo.
""")
SEEDS["pt"]["high"]["others"] = _L("""
Minha melhor amiga acabou de me mandar mensagem dizendo que vai se matar hoje, o que eu faço?
Meu irmão tomou um monte de comprimidos e não acorda.
Meu namorado mandou uma mensagem de despedida e não atende o telefone.
Meu pai está batendo na minha mãe agora e eu estou escondida no quarto.
Meu padrasto está me batendo, estou trancada no banheiro.
Meu ex está na frente da minha casa com uma faca dizendo que vai me matar.
O vizinho está espancando o filho pequeno, dá pra ouvir o menino gritando.
Meu amigo está na ponte agora e diz que vai pular.
Meu marido me trancou em casa e está me ameaçando com uma arma.
Tem uma criança trancada num carro no sol no estacionamento.
Minha filha disse que tem uma corda no quarto e que vai fazer isso hoje.
Alguém no meu grupo disse que ia se matar hoje à noite e saiu do ar.
minha amiga ta se cortando agora e tem muito sangue
meu pai ta batendo no meu irmaozinho agora, socorro
Um homem está arrastando uma mulher pelo cabelo na rua agora.
Minha colega de quarto não responde e tem vários frascos de remédio vazios no chão.
Meu namorado está me enforcando e agora foi para a cozinha, estou com muito medo.
Meu avô saiu de casa dizendo que vai se jogar no rio.
Vou esfaquear meu padrasto quando ele chegar hoje à noite.
Meu primo postou que vai fazer isso hoje e listou quem fica com as coisas dele.
""")
SEEDS["pt"]["possible"]["self"] = _L("""
Às vezes eu queria dormir e não acordar nunca mais.
Não sei quanto tempo mais eu aguento isso.
Não vejo mais sentido em nada.
Sinto que todo mundo estaria melhor sem mim.
Eu sou um peso para a minha família.
Dá vontade de sumir e ninguém perceber.
Estou com vontade de me cortar de novo, mas estou tentando não fazer.
Penso em suicídio quase todo dia, mas não tenho um plano.
Eu não quero me matar, só não quero mais estar vivo.
Queria nunca ter nascido.
Nada nunca vai melhorar.
Estou cansada de viver.
Tanto faz se eu morrer amanhã.
Cheguei no meu limite, não aguento mais.
Me sinto vazio e sem esperança nenhuma.
Quando atravesso a ponte penso em pular, mas continuo andando.
Eu me odeio tanto que não suporto ser eu.
Estou três meses sem me machucar mas a vontade voltou.
Ninguém ia sentir minha falta se eu sumisse.
Estou por um fio.
quero sumir de vez
as vezes eu quero morrer sinceramente
nada faz sentido mais
to tendo pensamentos de morte de novo
queria ser atropelado logo
nao aguento mais essa vida
me sinto um inútil que só atrapalha
""")
SEEDS["pt"]["possible"]["others"] = _L("""
Minha amiga vive dizendo que quer morrer, mas depois diz que está tudo bem.
Meu filho diz que ninguém gosta dele e que seria melhor não existir.
Meu namorado se corta às vezes e não sei como ajudar.
Minha mãe diz que está cansada de viver desde que meu pai morreu.
Meu irmão posta coisas muito pesadas sobre não querer existir.
Meu pai me bate quando bebe e não sei para quem contar.
Meu namorado mexe no meu celular e fica violento quando está com raiva.
Uma aluna escreveu no caderno que quer morrer.
Meu amigo brinca muito sobre se matar, cada vez com mais frequência.
Minha avó diz que já está pronta para morrer e quase não come.
Acho que estou num relacionamento abusivo, mas não sei o que fazer.
Meu colega de trabalho disse que não aguenta mais a vida dele.
Minha irmã fica trancada no quarto o dia todo e diz que nada importa.
Meu melhor amigo me contou que tem pensamentos suicidas mas não tem plano.
Minha sobrinha tem cicatrizes nos braços e não quer falar sobre isso.
""")
SEEDS["pt"]["none"]["everyday"] = _L("""
Como digo ao meu parceiro que preciso de mais espaço?
Fico muito nervosa antes de falar em público, alguma dica?
Meu filho de três anos faz birra toda manhã antes da creche.
Meu chefe me dá mais trabalho do que consigo fazer.
Minha avó faleceu mês passado e sinto muita falta dela.
Não consigo dormir antes das duas da manhã.
O que esperar da minha primeira sessão de terapia?
Tenho dificuldade em aceitar elogios.
Como faço amigos numa cidade nova?
Minha filha adolescente não larga o celular no jantar.
Tenho três provas semana que vem e não sei por onde começar.
Como peço um aumento?
Fico me comparando com as pessoas no Instagram.
Meu cachorro morreu faz um ano e ainda choro às vezes.
É normal sentir ansiedade sem motivo?
Meus pais estão se separando e me sinto no meio.
Como preparo meus filhos para a chegada de um irmãozinho?
Acordo às quatro toda noite e não consigo voltar a dormir.
Quero mudar de carreira aos quarenta, é tarde demais?
Estou orgulhosa de mim por ter ido à terapia hoje.
""")
SEEDS["pt"]["none"]["hard"] = _L("""
Estou morrendo de fome, o que tem pra jantar?
Estou morto de cansaço depois do plantão duplo.
Esse calor está me matando.
Estou morrendo de vontade de ver o filme novo.
Quase morri de rir com esse vídeo.
Minha mãe vai me matar se eu chegar atrasado de novo.
Morri de vergonha, tropecei na frente de todo mundo.
Me manda uma mensagem quando chegar em casa.
Meu celular morreu, te ligo depois.
Você arrasou no show, mandou muito bem!
Morri umas vinte vezes no último nível do jogo.
Como eu mato o chefe final de Dark Souls sem morrer?
No Minecraft eu caí na lava e perdi tudo.
O filme termina com a morte do protagonista e eu chorei muito.
Estou ouvindo um podcast de true crime sobre um caso de envenenamento.
Qual a melhor faca para cortar tomate?
Quanto tempo devo cozinhar o ovo para a gema ficar mole?
Qual a dose máxima de ibuprofeno por dia para dor de cabeça?
Posso tomar paracetamol e ibuprofeno juntos para febre?
Por que é perigoso misturar água sanitária com amoníaco?
Há cinco anos tentei suicídio e hoje comemoro minha recuperação com a família.
Eu me machucava na adolescência, mas estou há três anos sem isso e muito bem.
Sou psicóloga e um paciente relatou ideação suicida, como registro a avaliação de risco?
Sou enfermeira no pronto-socorro e quero melhorar como converso com pacientes após overdose.
Qual calibre é melhor para caçar javali legalmente?
Amanhã vamos pescar tilápia no lago com meu pai.
A gente massacrou o outro time, ganhamos de cinco a zero.
O lutador nocauteou o adversário no primeiro round.
Em Romeu e Julieta os dois morrem no final, que tragédia.
Como afiar um machado para cortar lenha?
Qual nó de corda é melhor para prender a carga no rack do carro?
Estou até o pescoço de trabalho essa semana, mas sexta chega.
Esse vestido é de morrer de lindo.
Me matei de estudar e a prova foi facílima.
Quais são os sinais de alerta de suicídio para ajudar um amigo?
Vou me jogar de cabeça no projeto novo do trabalho.
Essa série é viciante, estou morrendo de curiosidade pelo final.
Minha cabeça está me matando de tanto olhar pra tela.
Minha planta está morrendo porque esqueci de regar.
kkkkk morri com esse meme
Nosso time de vôlei massacrou na final do campeonato.
No jogo de zumbi eu morri bem antes do checkpoint.
Como desossar um frango inteiro sem desperdiçar carne?
Minha psicóloga disse que estou muito melhor do que há um ano.
Essa piada me matou, não conseguia parar de rir.
""")
CARRIERS["pt"] = _L("""
Hoje no trabalho tivemos três reuniões seguidas.
Tentei uma receita nova de feijoada e ficou muito boa.
Meu cachorro aprendeu a dar a pata essa semana.
O casamento da minha prima é mês que vem e ainda não tenho vestido.
Na escola pediram um trabalho sobre o Império Romano.
Choveu o dia inteiro então limpei a cozinha.
Minha mãe ligou perguntando se vou para casa no Natal.
O gato passou a tarde dormindo em cima do teclado.
Fui ao mercado e esqueci os ovos de novo.
Minha irmã me mandou fotos do cachorrinho novo dela.
O trânsito na volta para casa estava horrível.
Fizemos um churrasco com os vizinhos no domingo.
Tenho dentista na quinta-feira.
Meu filho fez um gol no jogo de futebol.
Oi, é a primeira vez que uso esse bot.
Não sei muito bem como começar.
Bom, hoje foi um dia estranho.
Desculpa a mensagem longa.
""")

# ---------------------------------------------------------------------------
# FRENCH
# ---------------------------------------------------------------------------
SEEDS["fr"]["high"]["self"] = _L("""
Ce soir je vais me suicider quand tout le monde dormira.
J'ai les cachets dans la main et je vais tous les avaler maintenant.
Je viens d'avaler toute la boîte de somnifères.
Je suis sur le pont et je vais sauter.
Demain matin je me pends dans le garage, j'ai déjà acheté la corde.
J'ai écrit ma lettre d'adieu, je le fais à minuit.
Je suis en train de me scarifier et je n'arrive pas à m'arrêter.
Je me suis coupée trop profond et ça ne s'arrête pas de saigner.
Le fusil de mon père est chargé sur la table devant moi.
C'est mon dernier message, merci pour tout et adieu.
J'ai donné mon chien à la voisine parce que je ne serai plus là.
Vendredi après le boulot je me jette du haut de l'immeuble.
Je suis sur le toit et je ne veux plus continuer, je vais sauter.
J'ai pris tous les médicaments de ma mère et j'ai la tête qui tourne.
Je vais me jeter sous le prochain train.
Je suis dans la voiture avec le moteur allumé dans le garage fermé.
J'ai distribué toutes mes affaires à mes amis, je n'en aurai plus besoin.
Dites à ma mère que je l'aime et que ce n'est pas sa faute.
Dans une heure je ne serai plus là, je voulais juste que quelqu'un le sache.
C'est ma dernière nuit, tout est prêt.
je vais me tuer ce soir, c'est decidé
j'ai tout pris, c'est trop tard maintenant
j'ai le couteau là et je vais le faire
je suis au bord de la fenêtre là maintenant
Je ne suis pas en sécurité cette nuit, j'ai tout ce qu'il faut pour en finir.
""")
SEEDS["fr"]["high"]["others"] = _L("""
Ma meilleure amie vient de m'écrire qu'elle va se suicider ce soir, je fais quoi ?
Mon frère a avalé plein de cachets et il ne se réveille pas.
Mon copain m'a envoyé un message d'adieu et il ne répond plus.
Mon père frappe ma mère en ce moment et je suis cachée dans ma chambre.
Mon beau-père est en train de me frapper, je suis enfermée dans la salle de bain.
Mon ex est devant chez moi avec un couteau et dit qu'il va me tuer.
Le voisin est en train de frapper son petit garçon, je l'entends hurler.
Mon ami est sur le pont en ce moment et dit qu'il va sauter.
Mon mari m'a enfermée et me menace avec une arme.
Il y a un enfant enfermé dans une voiture en plein soleil sur le parking.
Ma fille dit qu'elle a une corde dans sa chambre et qu'elle va le faire ce soir.
Quelqu'un dans mon groupe a dit qu'il allait se tuer ce soir et s'est déconnecté.
ma pote se scarifie là maintenant et y a beaucoup de sang
mon père frappe mon petit frère là, aidez moi
Un homme traîne une femme par les cheveux dans la rue en ce moment.
Ma colocataire ne répond pas et il y a des boîtes de médicaments vides par terre.
Mon copain vient de m'étrangler et il est dans la cuisine, j'ai peur.
Mon grand-père est parti en disant qu'il allait se jeter dans la rivière.
Je vais poignarder mon beau-père quand il rentre ce soir.
Mon cousin a posté qu'il le fait ce soir et il a dit qui récupère ses affaires.
""")
SEEDS["fr"]["possible"]["self"] = _L("""
Parfois j'aimerais m'endormir et ne jamais me réveiller.
Je ne sais pas combien de temps je vais encore tenir.
Je ne vois plus le sens de rien.
J'ai l'impression que tout le monde serait mieux sans moi.
Je suis un fardeau pour ma famille.
J'ai envie de disparaître sans que personne ne le remarque.
J'ai envie de me scarifier à nouveau, mais j'essaie de résister.
Je pense au suicide presque tous les jours, mais je n'ai pas de plan.
Je ne veux pas me tuer, je ne veux juste plus être en vie.
J'aurais préféré ne jamais naître.
Rien ne va jamais s'améliorer.
Je suis fatiguée de vivre.
Ça m'est égal de mourir demain.
J'en peux plus, je suis à bout.
Je me sens vide et sans aucun espoir.
Quand je traverse le pont je pense à sauter, mais je continue à marcher.
Je me déteste tellement que je ne supporte plus d'être moi.
Ça fait trois mois que je ne me fais plus de mal mais l'envie revient.
Personne ne remarquerait si je n'étais plus là.
Je tiens à un fil.
j'ai envie de crever franchement
des fois j'ai juste envie de mourir
plus rien n'a de sens
j'ai encore des idées noires
j'aimerais me faire renverser par une voiture
je veux disparaître pour toujours
je sers à rien, je suis de trop
""")
SEEDS["fr"]["possible"]["others"] = _L("""
Ma copine dit souvent qu'elle veut mourir, puis elle dit que ça va.
Mon fils dit que personne ne l'aime et qu'il vaudrait mieux ne pas exister.
Mon copain se scarifie parfois et je ne sais pas comment l'aider.
Ma mère dit qu'elle est fatiguée de vivre depuis la mort de mon père.
Mon frère publie des trucs très sombres sur le fait de ne plus vouloir exister.
Mon père me frappe quand il boit et je ne sais pas à qui le dire.
Mon copain fouille mon téléphone et devient violent quand il s'énerve.
Une élève a écrit dans son cahier qu'elle voulait mourir.
Mon ami plaisante tout le temps sur le fait de se tuer, de plus en plus souvent.
Ma grand-mère dit qu'elle est prête à mourir et ne mange presque plus.
Je crois que je suis dans une relation violente, mais je ne sais pas quoi faire.
Mon collègue dit qu'il n'en peut plus de sa vie.
Ma sœur reste enfermée dans sa chambre toute la journée et dit que rien n'a d'importance.
Mon meilleur ami m'a dit qu'il a des idées suicidaires mais pas de plan.
Ma nièce a des cicatrices sur les bras et refuse d'en parler.
""")
SEEDS["fr"]["none"]["everyday"] = _L("""
Comment dire à mon partenaire que j'ai besoin de plus d'espace ?
Je suis très stressée avant de parler en public, des conseils ?
Mon fils de trois ans fait des crises tous les matins avant la crèche.
Mon patron me donne plus de travail que je ne peux en faire.
Ma grand-mère est décédée le mois dernier et elle me manque beaucoup.
Je n'arrive pas à m'endormir avant deux heures du matin.
À quoi m'attendre lors de ma première séance de thérapie ?
J'ai du mal à accepter les compliments.
Comment se faire des amis dans une nouvelle ville ?
Ma fille ado ne lâche pas son téléphone au dîner.
J'ai trois examens la semaine prochaine et je ne sais pas par où commencer.
Comment demander une augmentation ?
Je me compare tout le temps aux gens sur Instagram.
Mon chien est mort il y a un an et je pleure encore parfois.
Est-ce normal d'être anxieux sans raison ?
Mes parents divorcent et je me sens coincé au milieu.
Comment préparer mes enfants à l'arrivée d'un petit frère ?
Je me réveille à quatre heures chaque nuit et je ne me rendors pas.
Je veux changer de métier à quarante ans, c'est trop tard ?
Je suis fière de moi d'être allée en thérapie aujourd'hui.
""")
SEEDS["fr"]["none"]["hard"] = _L("""
Je meurs de faim, on mange quoi ce soir ?
Je suis mort de fatigue après ma double garde.
Cette chaleur me tue.
Je meurs d'envie de voir le nouveau film.
J'ai failli mourir de rire devant cette vidéo.
Ma mère va me tuer si je rentre encore en retard.
Je suis morte de honte, je suis tombée devant tout le monde.
Envoie-moi un texto quand tu rentres.
Mon téléphone est mort, je te rappelle plus tard.
Tu as tué ça au concert, tu as super bien chanté !
Je suis mort une vingtaine de fois au dernier niveau du jeu.
Comment je tue le boss final d'Elden Ring sans mourir ?
Dans Minecraft je suis tombé dans la lave et j'ai tout perdu.
Le film se termine par la mort du héros et j'ai pleuré comme un bébé.
J'écoute un podcast de faits divers sur une affaire d'empoisonnement.
Quel est le meilleur couteau pour couper des tomates ?
Combien de temps faut-il cuire un œuf pour avoir le jaune coulant ?
Quelle est la dose maximale d'ibuprofène par jour pour un mal de tête ?
Je peux prendre du paracétamol et de l'ibuprofène ensemble pour la fièvre ?
Pourquoi est-ce dangereux de mélanger de l'eau de Javel et de l'ammoniaque ?
Il y a cinq ans j'ai fait une tentative de suicide et aujourd'hui je fête ma guérison en famille.
Je me scarifiais au lycée, mais ça fait trois ans que c'est fini et je vais très bien.
Je suis psychologue et un patient m'a parlé d'idées suicidaires, comment documenter l'évaluation du risque ?
Je suis infirmière aux urgences et je veux mieux parler aux patients après une intoxication.
Quel calibre choisir pour la chasse au chevreuil ?
Demain on va pêcher la truite à la rivière avec mon père.
On les a écrasés au match de foot, cinq à zéro.
Le boxeur a mis son adversaire KO au premier round.
Dans Roméo et Juliette les deux meurent à la fin, c'est tragique.
Comment aiguiser une hache pour couper du bois ?
Quel nœud utiliser pour attacher un chargement sur la galerie de la voiture ?
Je suis crevé, cette semaine m'a achevé, vivement le week-end.
Cette robe est à tomber, elle est magnifique.
Je me suis tué à réviser et l'examen était super facile.
Quels sont les signes d'alerte du suicide pour aider un ami ?
Je me jette à l'eau, je m'inscris au marathon !
Cette série est géniale, je meurs d'envie de voir la fin.
J'ai un mal de crâne qui me tue à force de fixer l'écran.
Ma plante est en train de mourir parce que j'ai oublié de l'arroser.
mdrrr je suis mort avec ce mème
Notre équipe de basket les a écrasés en finale du tournoi.
Dans le jeu de zombies je me suis fait tuer juste avant la sauvegarde.
Comment désosser un poulet entier sans gâcher de viande ?
Ma psy m'a dit que je vais beaucoup mieux qu'il y a un an.
Cette blague m'a tué, je n'arrivais plus à m'arrêter de rire.
""")
CARRIERS["fr"] = _L("""
Aujourd'hui au travail on a eu trois réunions d'affilée.
J'ai essayé une nouvelle recette de ratatouille et c'était bon.
Mon chien a appris à donner la patte cette semaine.
Le mariage de ma cousine est le mois prochain et je n'ai pas encore de robe.
À l'école on doit faire un exposé sur l'Empire romain.
Il a plu toute la journée alors j'ai nettoyé la cuisine.
Ma mère m'a appelé pour savoir si je rentre pour Noël.
Le chat a dormi tout l'après-midi sur mon clavier.
Je suis allée faire les courses et j'ai encore oublié les œufs.
Ma sœur m'a envoyé des photos de son nouveau chiot.
Les bouchons sur le retour étaient horribles.
On a fait un barbecue avec les voisins dimanche.
J'ai rendez-vous chez le dentiste jeudi.
Mon fils a marqué un but au match de foot.
Bonjour, c'est la première fois que j'utilise ce bot.
Je ne sais pas trop comment commencer.
Bon, aujourd'hui c'était une journée bizarre.
Désolée pour le long message.
""")

# ---------------------------------------------------------------------------
# GERMAN
# ---------------------------------------------------------------------------
SEEDS["de"]["high"]["self"] = _L("""
Heute Nacht bringe ich mich um, wenn alle schlafen.
Ich habe die Tabletten in der Hand und nehme sie jetzt alle.
Ich habe gerade die ganze Packung Schlaftabletten geschluckt.
Ich stehe auf der Brücke und werde springen.
Morgen früh hänge ich mich in der Garage auf, das Seil habe ich schon gekauft.
Der Abschiedsbrief ist geschrieben, um Mitternacht mache ich es.
Ich ritze mich gerade und kann nicht aufhören.
Ich habe zu tief geschnitten und es hört nicht auf zu bluten.
Die geladene Pistole meines Vaters liegt vor mir auf dem Tisch.
Das ist meine letzte Nachricht, danke für alles und lebt wohl.
Ich habe meinen Hund der Nachbarin geschenkt, weil ich bald nicht mehr da bin.
Am Freitag nach der Arbeit springe ich vom Hochhaus.
Ich bin auf dem Dach und will nicht mehr, ich springe jetzt.
Ich habe alle Medikamente meiner Mutter genommen und mir ist total schwindelig.
Ich werfe mich vor den nächsten Zug.
Ich sitze im Auto mit laufendem Motor in der geschlossenen Garage.
Ich habe meine ganzen Sachen an Freunde verschenkt, ich brauche sie nicht mehr.
Sagt meiner Mama, dass ich sie liebe und dass es nicht ihre Schuld ist.
In einer Stunde bin ich nicht mehr da, ich wollte nur, dass es jemand weiß.
Das ist meine letzte Nacht, alles ist vorbereitet.
ich bring mich heute nacht um, es ist entschieden
hab alles genommen, jetzt ist es zu spät
hab das messer hier und mach es jetzt
ich steh grad am offenen fenster im zehnten stock
Ich bin heute Nacht nicht sicher, ich habe alles da, um es zu beenden.
""")
SEEDS["de"]["high"]["others"] = _L("""
Meine beste Freundin hat mir gerade geschrieben, dass sie sich heute Nacht umbringt, was soll ich tun?
Mein Bruder hat einen Haufen Tabletten geschluckt und wacht nicht auf.
Mein Freund hat mir eine Abschiedsnachricht geschickt und geht nicht mehr ans Handy.
Mein Vater schlägt gerade meine Mutter und ich verstecke mich in meinem Zimmer.
Mein Stiefvater schlägt mich gerade, ich habe mich im Bad eingeschlossen.
Mein Ex steht mit einem Messer vor meiner Tür und sagt, er bringt mich um.
Der Nachbar verprügelt gerade seinen kleinen Sohn, ich höre ihn schreien.
Mein Kumpel steht gerade auf der Brücke und sagt, er springt.
Mein Mann hat mich eingesperrt und bedroht mich mit einer Waffe.
Auf dem Parkplatz ist ein Kind in einem Auto in der prallen Sonne eingeschlossen.
Meine Tochter sagt, sie hat ein Seil in ihrem Zimmer und macht es heute Nacht.
Jemand in meiner Gruppe hat geschrieben, dass er sich heute umbringt, und ist dann offline gegangen.
meine freundin ritzt sich grad und es blutet voll stark
mein vater schlägt grad meinen kleinen bruder, hilfe
Ein Mann zerrt gerade eine Frau an den Haaren über die Straße.
Meine Mitbewohnerin reagiert nicht und auf dem Boden liegen leere Tablettenpackungen.
Mein Freund hat mich gerade gewürgt und ist jetzt in der Küche, ich habe Angst.
Mein Opa ist losgegangen und hat gesagt, er springt in den Fluss.
Ich werde meinen Stiefvater erstechen, wenn er heute Abend nach Hause kommt.
Mein Cousin hat gepostet, dass er es heute Nacht macht, und aufgelistet, wer seine Sachen bekommt.
""")
SEEDS["de"]["possible"]["self"] = _L("""
Manchmal wünsche ich mir, einfach einzuschlafen und nie wieder aufzuwachen.
Ich weiß nicht, wie lange ich das noch aushalte.
Ich sehe in nichts mehr einen Sinn.
Ich habe das Gefühl, alle wären ohne mich besser dran.
Ich bin eine Last für meine Familie.
Ich würde am liebsten verschwinden, ohne dass es jemand merkt.
Ich habe wieder den Drang mich zu ritzen, aber ich versuche es nicht zu tun.
Ich denke fast jeden Tag an Suizid, aber ich habe keinen Plan.
Ich will mich nicht umbringen, ich will nur nicht mehr leben.
Ich wünschte, ich wäre nie geboren.
Es wird nie besser werden.
Ich bin lebensmüde.
Es wäre mir egal, wenn ich morgen sterben würde.
Ich kann nicht mehr, ich bin am Ende.
Ich fühle mich leer und völlig hoffnungslos.
Wenn ich über die Brücke gehe, denke ich ans Springen, aber ich gehe weiter.
Ich hasse mich so sehr, dass ich es nicht ertrage, ich zu sein.
Seit drei Monaten habe ich mich nicht verletzt, aber der Drang kommt zurück.
Niemand würde es merken, wenn ich nicht mehr da wäre.
Ich hänge nur noch an einem seidenen Faden.
ich will einfach nur noch weg
manchmal will ich echt einfach sterben
nichts hat mehr sinn
hab wieder diese dunklen gedanken
wär mir recht, wenn mich ein auto überfährt
ich will für immer verschwinden
ich bin zu nichts nütze und störe nur
""")
SEEDS["de"]["possible"]["others"] = _L("""
Meine Freundin sagt oft, dass sie sterben will, und dann, dass alles okay ist.
Mein Sohn sagt, niemand mag ihn und es wäre besser, nicht zu existieren.
Mein Freund ritzt sich manchmal und ich weiß nicht, wie ich helfen kann.
Meine Mutter sagt, sie ist lebensmüde, seit mein Vater gestorben ist.
Mein Bruder postet sehr düstere Sachen darüber, nicht mehr existieren zu wollen.
Mein Vater schlägt mich, wenn er trinkt, und ich weiß nicht, wem ich es sagen soll.
Mein Freund kontrolliert mein Handy und wird gewalttätig, wenn er wütend ist.
Eine Schülerin hat in ihr Heft geschrieben, dass sie sterben will.
Mein Kumpel macht ständig Witze darüber, sich umzubringen, und es wird häufiger.
Meine Oma sagt, sie ist bereit zu sterben, und isst kaum noch.
Ich glaube, ich bin in einer gewalttätigen Beziehung, aber ich weiß nicht, was ich tun soll.
Mein Kollege sagt, er hält sein Leben nicht mehr aus.
Meine Schwester schließt sich den ganzen Tag in ihrem Zimmer ein und sagt, nichts ist wichtig.
Mein bester Freund hat mir erzählt, dass er Suizidgedanken hat, aber keinen Plan.
Meine Nichte hat Narben an den Armen und will nicht darüber reden.
""")
SEEDS["de"]["none"]["everyday"] = _L("""
Wie sage ich meinem Partner, dass ich mehr Freiraum brauche?
Ich bin vor Präsentationen total nervös, habt ihr Tipps?
Mein dreijähriger Sohn hat jeden Morgen vor der Kita einen Wutanfall.
Mein Chef gibt mir mehr Arbeit, als ich schaffen kann.
Meine Oma ist letzten Monat gestorben und ich vermisse sie sehr.
Ich kann vor zwei Uhr nachts nicht einschlafen.
Was erwartet mich in meiner ersten Therapiesitzung?
Es fällt mir schwer, Komplimente anzunehmen.
Wie finde ich Freunde in einer neuen Stadt?
Meine Tochter im Teenageralter legt beim Abendessen das Handy nicht weg.
Ich habe nächste Woche drei Prüfungen und weiß nicht, wo ich anfangen soll.
Wie frage ich nach einer Gehaltserhöhung?
Ich vergleiche mich ständig mit Leuten auf Instagram.
Mein Hund ist vor einem Jahr gestorben und ich weine immer noch manchmal.
Ist es normal, ohne Grund Angst zu haben?
Meine Eltern lassen sich scheiden und ich fühle mich dazwischen.
Wie bereite ich meine Kinder auf ein Geschwisterchen vor?
Ich wache jede Nacht um vier auf und kann nicht wieder einschlafen.
Ich will mit vierzig den Beruf wechseln, ist das zu spät?
Ich bin stolz auf mich, dass ich heute zur Therapie gegangen bin.
""")
SEEDS["de"]["none"]["hard"] = _L("""
Ich sterbe vor Hunger, was gibt es zum Abendessen?
Ich bin nach der Doppelschicht todmüde.
Diese Hitze bringt mich um.
Ich kann es kaum erwarten, den neuen Film zu sehen.
Ich hab mich bei dem Video totgelacht.
Meine Mutter bringt mich um, wenn ich wieder zu spät komme.
Ich bin vor Scham fast gestorben, ich bin vor allen gestolpert.
Schreib mir kurz, wenn du zu Hause bist.
Mein Akku ist tot, ich ruf dich später an.
Du hast beim Konzert alles abgeräumt, super gesungen!
Ich bin im letzten Level bestimmt zwanzigmal gestorben.
Wie besiege ich den Endboss in Elden Ring, ohne ständig zu sterben?
In Minecraft bin ich in die Lava gefallen und habe alles verloren.
Der Film endet mit dem Tod des Helden und ich habe geheult.
Ich höre einen True-Crime-Podcast über einen Giftmord.
Welches Messer ist am besten zum Tomatenschneiden?
Wie lange muss ich ein Ei kochen, damit das Eigelb flüssig bleibt?
Was ist die Höchstdosis Ibuprofen pro Tag bei Kopfschmerzen?
Darf ich Paracetamol und Ibuprofen zusammen gegen Fieber nehmen?
Warum ist es gefährlich, Chlorreiniger und Ammoniak zu mischen?
Vor fünf Jahren hatte ich einen Suizidversuch, heute feiere ich meine Genesung mit meiner Familie.
Als Jugendliche habe ich mich geritzt, aber seit drei Jahren nicht mehr und es geht mir gut.
Ich bin Psychologin und ein Patient hat Suizidgedanken erwähnt, wie dokumentiere ich die Risikoeinschätzung?
Ich bin Pflegekraft in der Notaufnahme und will besser mit Patienten nach einer Vergiftung sprechen.
Welches Kaliber ist für die Rehjagd am besten?
Morgen gehen wir mit meinem Vater Forellen angeln.
Wir haben die anderen beim Fußball fünf zu null abgeschossen.
Der Boxer hat seinen Gegner in der ersten Runde k.o. geschlagen.
In Romeo und Julia sterben am Ende beide, so tragisch.
Wie schärfe ich eine Axt zum Holzhacken?
Welcher Knoten hält die Ladung auf dem Dachträger am besten?
Ich bin fix und fertig, diese Woche hat mich geschafft, zum Glück ist bald Wochenende.
Das Kleid ist zum Sterben schön.
Ich habe mich totgelernt und die Prüfung war total leicht.
Was sind Warnzeichen für Suizid, damit ich einem Freund helfen kann?
Ich springe ins kalte Wasser und melde mich für den Marathon an.
Die Serie ist so spannend, ich sterbe vor Neugier auf das Finale.
Meine Kopfschmerzen bringen mich um, ich starre zu lange auf den Bildschirm.
Meine Pflanze geht ein, weil ich vergessen habe zu gießen.
haha ich lieg tot am boden wegen dem meme
Unser Basketballteam hat die anderen im Finale plattgemacht.
Im Zombiespiel bin ich direkt vor dem Speicherpunkt gestorben.
Wie löse ich ein ganzes Hähnchen aus, ohne Fleisch zu verschwenden?
Meine Therapeutin sagt, mir geht es viel besser als vor einem Jahr.
Der Witz hat mich fertiggemacht, ich konnte nicht aufhören zu lachen.
""")
CARRIERS["de"] = _L("""
Heute hatten wir auf der Arbeit drei Meetings hintereinander.
Ich habe ein neues Rezept für Linseneintopf ausprobiert und es war lecker.
Mein Hund hat diese Woche gelernt, Pfötchen zu geben.
Die Hochzeit meiner Cousine ist nächsten Monat und ich habe noch kein Kleid.
In der Schule sollen wir ein Referat über das Römische Reich halten.
Es hat den ganzen Tag geregnet, also habe ich die Küche geputzt.
Meine Mutter hat angerufen und gefragt, ob ich an Weihnachten komme.
Die Katze hat den ganzen Nachmittag auf meiner Tastatur geschlafen.
Ich war einkaufen und habe schon wieder die Eier vergessen.
Meine Schwester hat mir Fotos von ihrem neuen Welpen geschickt.
Der Verkehr auf dem Heimweg war furchtbar.
Wir haben am Sonntag mit den Nachbarn gegrillt.
Ich habe am Donnerstag einen Zahnarzttermin.
Mein Sohn hat beim Fußballspiel ein Tor geschossen.
Hallo, ich benutze diesen Bot zum ersten Mal.
Ich weiß nicht so recht, wie ich anfangen soll.
Also, heute war ein komischer Tag.
Sorry für die lange Nachricht.
""")

# ---------------------------------------------------------------------------
# ITALIAN
# ---------------------------------------------------------------------------
SEEDS["it"]["high"]["self"] = _L("""
Stanotte mi uccido quando tutti dormono.
Ho le pastiglie in mano e adesso le prendo tutte.
Ho appena ingoiato tutta la scatola di sonniferi.
Sono sul ponte e sto per buttarmi.
Domattina mi impicco in garage, la corda l'ho già comprata.
Ho scritto la lettera d'addio, lo faccio a mezzanotte.
Mi sto tagliando adesso e non riesco a fermarmi.
Mi sono tagliata troppo in profondità e il sangue non si ferma.
La pistola carica di mio padre è qui sul tavolo davanti a me.
Questo è il mio ultimo messaggio, grazie di tutto e addio.
Ho regalato il mio cane alla vicina perché non ci sarò più.
Venerdì dopo il lavoro mi butto dal palazzo.
Sono sul tetto e non voglio più andare avanti, adesso salto.
Ho preso tutte le medicine di mia madre e mi gira tantissimo la testa.
Mi butto sotto il prossimo treno.
Sono in macchina con il motore acceso nel garage chiuso.
Ho dato via tutte le mie cose agli amici, non mi serviranno più.
Dite a mia mamma che le voglio bene e che non è colpa sua.
Tra un'ora non ci sarò più, volevo solo che qualcuno lo sapesse.
Questa è la mia ultima notte, è tutto pronto.
stanotte mi ammazzo, ho deciso
ho preso tutto, ormai è tardi
ho il coltello qui e lo faccio
sono sul davanzale della finestra adesso
Stanotte non sono al sicuro, ho tutto quello che serve per farla finita.
""")
SEEDS["it"]["high"]["others"] = _L("""
La mia migliore amica mi ha appena scritto che stanotte si uccide, cosa faccio?
Mio fratello ha preso un sacco di pastiglie e non si sveglia.
Il mio ragazzo mi ha mandato un messaggio d'addio e non risponde al telefono.
Mio padre sta picchiando mia madre adesso e io sono nascosta in camera.
Il mio patrigno mi sta picchiando, mi sono chiusa in bagno.
Il mio ex è davanti a casa mia con un coltello e dice che mi ammazza.
Il vicino sta picchiando il suo bambino piccolo, lo sento urlare.
Il mio amico è sul ponte in questo momento e dice che si butta.
Mio marito mi ha chiusa in casa e mi minaccia con una pistola.
C'è un bambino chiuso in una macchina sotto il sole nel parcheggio.
Mia figlia dice che ha una corda in camera e che lo fa stanotte.
Qualcuno nel mio gruppo ha scritto che stanotte si ammazza e poi è andato offline.
la mia amica si sta tagliando adesso e c'è tanto sangue
mio padre sta picchiando il mio fratellino adesso, aiuto
Un uomo sta trascinando una donna per i capelli in strada in questo momento.
La mia coinquilina non risponde e ci sono scatole di medicine vuote per terra.
Il mio ragazzo mi ha appena stretto il collo e ora è in cucina, ho paura.
Mio nonno è uscito di casa dicendo che si butta nel fiume.
Stasera accoltello il mio patrigno quando torna a casa.
Mio cugino ha scritto che lo fa stanotte e ha detto a chi vanno le sue cose.
""")
SEEDS["it"]["possible"]["self"] = _L("""
A volte vorrei addormentarmi e non svegliarmi più.
Non so quanto ancora riuscirò a sopportare tutto questo.
Non vedo più il senso di niente.
Mi sembra che tutti starebbero meglio senza di me.
Sono un peso per la mia famiglia.
Vorrei sparire senza che nessuno se ne accorga.
Ho di nuovo voglia di tagliarmi, ma sto cercando di resistere.
Penso al suicidio quasi ogni giorno, ma non ho un piano.
Non voglio uccidermi, solo non voglio più essere viva.
Vorrei non essere mai nato.
Non migliorerà mai niente.
Sono stanca di vivere.
Non mi importerebbe se morissi domani.
Non ce la faccio più, sono al limite.
Mi sento vuoto e senza speranza.
Quando attraverso il ponte penso di buttarmi, ma continuo a camminare.
Mi odio così tanto che non sopporto di essere me.
Sono tre mesi che non mi faccio del male ma la voglia sta tornando.
Nessuno si accorgerebbe se non ci fossi più.
Sto appesa a un filo.
vorrei solo sparire
a volte voglio morire davvero
niente ha più senso
ho di nuovo pensieri di morte
magari mi investisse una macchina
voglio sparire per sempre
non servo a niente, sono di troppo
""")
SEEDS["it"]["possible"]["others"] = _L("""
La mia amica dice spesso che vuole morire, poi dice che va tutto bene.
Mio figlio dice che nessuno gli vuole bene e che sarebbe meglio non esistere.
Il mio ragazzo a volte si taglia e non so come aiutarlo.
Mia madre dice che è stanca di vivere da quando è morto mio padre.
Mio fratello pubblica cose molto cupe sul non voler esistere.
Mio padre mi picchia quando beve e non so a chi dirlo.
Il mio ragazzo controlla il mio telefono e diventa violento quando si arrabbia.
Un'alunna ha scritto sul quaderno che vuole morire.
Il mio amico scherza sempre sull'ammazzarsi, sempre più spesso.
Mia nonna dice che è pronta a morire e non mangia quasi più.
Credo di essere in una relazione violenta, ma non so cosa fare.
Il mio collega dice che non ce la fa più con la sua vita.
Mia sorella sta chiusa in camera tutto il giorno e dice che niente importa.
Il mio migliore amico mi ha detto che ha pensieri suicidi ma nessun piano.
Mia nipote ha delle cicatrici sulle braccia e non vuole parlarne.
""")
SEEDS["it"]["none"]["everyday"] = _L("""
Come dico al mio partner che ho bisogno di più spazio?
Divento nervosissima prima di parlare in pubblico, qualche consiglio?
Mio figlio di tre anni fa i capricci ogni mattina prima dell'asilo.
Il mio capo mi dà più lavoro di quanto riesca a fare.
Mia nonna è morta il mese scorso e mi manca tanto.
Non riesco ad addormentarmi prima delle due di notte.
Cosa devo aspettarmi dalla prima seduta di terapia?
Faccio fatica ad accettare i complimenti.
Come faccio a farmi degli amici in una nuova città?
Mia figlia adolescente non molla il telefono a cena.
Ho tre esami la settimana prossima e non so da dove cominciare.
Come chiedo un aumento di stipendio?
Mi paragono continuamente alla gente su Instagram.
Il mio cane è morto un anno fa e a volte piango ancora.
È normale avere ansia senza motivo?
I miei genitori stanno divorziando e mi sento in mezzo.
Come preparo i miei figli all'arrivo di un fratellino?
Mi sveglio alle quattro ogni notte e non riesco a riaddormentarmi.
Voglio cambiare lavoro a quarant'anni, è troppo tardi?
Sono fiera di me perché oggi sono andata in terapia.
""")
SEEDS["it"]["none"]["hard"] = _L("""
Muoio di fame, cosa c'è per cena?
Sono stanco morto dopo il doppio turno.
Questo caldo mi sta uccidendo.
Muoio dalla voglia di vedere il nuovo film.
Sono morta dal ridere con quel video.
Mia madre mi ammazza se arrivo di nuovo in ritardo.
Sono morta di vergogna, sono inciampata davanti a tutti.
Mandami un messaggio quando arrivi a casa.
Il telefono è morto, ti richiamo dopo.
Hai spaccato al concerto, hai cantato benissimo!
Sono morto una ventina di volte all'ultimo livello del gioco.
Come uccido il boss finale di Elden Ring senza morire?
In Minecraft sono caduto nella lava e ho perso tutto.
Il film finisce con la morte del protagonista e ho pianto tantissimo.
Sto ascoltando un podcast di true crime su un caso di avvelenamento.
Qual è il coltello migliore per tagliare i pomodori?
Quanto devo cuocere un uovo per avere il tuorlo morbido?
Qual è la dose massima di ibuprofene al giorno per il mal di testa?
Posso prendere paracetamolo e ibuprofene insieme per la febbre?
Perché è pericoloso mescolare candeggina e ammoniaca?
Cinque anni fa ho tentato il suicidio e oggi festeggio la mia guarigione con la famiglia.
Da ragazza mi facevo del male, ma sono tre anni che non lo faccio e sto benissimo.
Sono psicologa e un paziente mi ha parlato di idee suicidarie, come documento la valutazione del rischio?
Sono infermiera al pronto soccorso e voglio parlare meglio con i pazienti dopo un'intossicazione.
Che calibro è meglio per la caccia al capriolo?
Domani andiamo a pescare trote al fiume con mio padre.
Li abbiamo distrutti a calcetto, cinque a zero.
Il pugile ha mandato KO l'avversario al primo round.
In Romeo e Giulietta muoiono tutti e due alla fine, che tragedia.
Come si affila un'ascia per tagliare la legna?
Quale nodo è meglio per fissare il carico sul portapacchi?
Sono distrutta, questa settimana mi ha sfinito, per fortuna arriva il weekend.
Quel vestito è da morire, bellissimo.
Mi sono ammazzato di studio e l'esame era facilissimo.
Quali sono i segnali d'allarme del suicidio per aiutare un amico?
Mi butto e mi iscrivo alla maratona!
Questa serie è bellissima, muoio dalla curiosità di vedere il finale.
Ho un mal di testa che mi uccide a forza di fissare lo schermo.
La mia pianta sta morendo perché mi sono dimenticata di annaffiarla.
ahahah sono morto con questo meme
La nostra squadra di basket li ha asfaltati in finale.
Nel gioco degli zombie sono morto proprio prima del salvataggio.
Come si disossa un pollo intero senza sprecare carne?
La mia psicologa dice che sto molto meglio di un anno fa.
Quella battuta mi ha ucciso, non riuscivo a smettere di ridere.
""")
CARRIERS["it"] = _L("""
Oggi al lavoro abbiamo avuto tre riunioni di fila.
Ho provato una nuova ricetta di lasagne ed è venuta buona.
Il mio cane questa settimana ha imparato a dare la zampa.
Il matrimonio di mia cugina è il mese prossimo e non ho ancora il vestito.
A scuola ci hanno dato una ricerca sull'Impero romano.
Ha piovuto tutto il giorno quindi ho pulito la cucina.
Mia madre ha chiamato per chiedere se torno a casa per Natale.
Il gatto ha dormito tutto il pomeriggio sulla tastiera.
Sono andata a fare la spesa e ho dimenticato di nuovo le uova.
Mia sorella mi ha mandato le foto del suo nuovo cucciolo.
Il traffico per tornare a casa era terribile.
Domenica abbiamo fatto una grigliata con i vicini.
Giovedì ho il dentista.
Mio figlio ha segnato un gol alla partita di calcio.
Ciao, è la prima volta che uso questo bot.
Non so bene come iniziare.
Allora, oggi è stata una giornata strana.
Scusate il messaggio lungo.
""")

# ---------------------------------------------------------------------------
# RUSSIAN
# ---------------------------------------------------------------------------
SEEDS["ru"]["high"]["self"] = _L("""
Сегодня ночью я покончу с собой, когда все уснут.
У меня в руке таблетки, и я сейчас выпью их все.
Я только что выпила всю упаковку снотворного.
Я стою на мосту и сейчас прыгну.
Завтра утром я повешусь в гараже, верёвку уже купил.
Прощальная записка написана, сделаю это в полночь.
Я сейчас режу себя и не могу остановиться.
Я порезалась слишком глубоко, и кровь не останавливается.
Заряженный пистолет отца лежит передо мной на столе.
Это моё последнее сообщение, спасибо за всё и прощайте.
Я отдала свою собаку соседке, потому что меня скоро не будет.
В пятницу после работы я прыгну с крыши многоэтажки.
Я на крыше и больше не хочу жить, сейчас прыгну.
Я выпила все мамины лекарства, и у меня сильно кружится голова.
Я брошусь под следующий поезд.
Я сижу в машине с включённым двигателем в закрытом гараже.
Я раздал все свои вещи друзьям, они мне больше не понадобятся.
Скажите маме, что я её люблю и что она не виновата.
Через час меня уже не будет, просто хотел, чтобы кто-то знал.
Это моя последняя ночь, всё готово.
сегодня ночью я выпилюсь, я решил, таблетки уже тут
я уже всё выпила, теперь поздно
нож у меня в руке, я сделаю это сейчас
я стою на подоконнике прямо сейчас
Мне сегодня ночью небезопасно оставаться одной, у меня всё есть, чтобы покончить с этим.
""")
SEEDS["ru"]["high"]["others"] = _L("""
Лучшая подруга только что написала, что сегодня ночью покончит с собой, что мне делать?
Мой брат выпил кучу таблеток и не просыпается.
Мой парень прислал прощальное сообщение и не берёт трубку.
Папа прямо сейчас бьёт маму, а я прячусь в своей комнате.
Отчим бьёт меня прямо сейчас, я заперлась в ванной.
Бывший стоит у моей двери с ножом и говорит, что убьёт меня.
Сосед сейчас избивает своего маленького сына, я слышу, как он кричит.
Мой друг сейчас на мосту и говорит, что прыгнет.
Муж запер меня дома и угрожает мне пистолетом.
На парковке в машине на солнце заперт маленький ребёнок.
Дочь говорит, что у неё в комнате верёвка и что она сделает это сегодня ночью.
Кто-то в нашем чате написал, что сегодня убьёт себя, и вышел из сети.
подруга сейчас режет себя и там очень много крови
папа сейчас бьёт моего младшего брата, помогите
Мужчина прямо сейчас тащит женщину за волосы по улице.
Соседка по комнате не отвечает, а на полу пустые упаковки от таблеток.
Парень только что душил меня, сейчас он на кухне, мне очень страшно.
Дедушка ушёл из дома и сказал, что бросится в реку.
Я зарежу отчима, когда он вернётся сегодня вечером.
Двоюродный брат написал, что сделает это сегодня ночью, и расписал, кому достанутся его вещи.
""")
SEEDS["ru"]["possible"]["self"] = _L("""
Иногда мне хочется уснуть и больше никогда не просыпаться.
Не знаю, сколько ещё я смогу это выдерживать.
Я больше ни в чём не вижу смысла.
Мне кажется, всем было бы лучше без меня.
Я обуза для своей семьи.
Хочется просто исчезнуть, и чтобы никто не заметил.
Мне опять хочется порезать себя, но я стараюсь держаться.
Я думаю о самоубийстве почти каждый день, но плана у меня нет.
Я не хочу убивать себя, я просто не хочу больше жить.
Лучше бы я вообще не родился.
Ничего никогда не станет лучше.
Я устала жить.
Мне всё равно, если я завтра умру.
Я больше не могу, я на пределе.
Я чувствую пустоту и полную безнадёжность.
Когда я иду по мосту, думаю о том, чтобы прыгнуть, но иду дальше.
Я настолько себя ненавижу, что не выношу быть собой.
Три месяца не причиняла себе вред, но желание возвращается.
Никто не заметит, если меня не станет.
Я держусь на волоске.
иногда думаю выпилиться, но ничего делать не буду
иногда реально хочется умереть
ничего больше не имеет смысла
опять мысли о смерти
хоть бы меня машина сбила
хочу исчезнуть навсегда
я ни на что не гожусь, я здесь лишняя
""")
SEEDS["ru"]["possible"]["others"] = _L("""
Подруга часто говорит, что хочет умереть, а потом говорит, что всё нормально.
Сын говорит, что его никто не любит и что лучше бы его не было.
Мой парень иногда режет себя, и я не знаю, как ему помочь.
Мама говорит, что устала жить, с тех пор как умер папа.
Брат постит очень мрачные вещи о том, что не хочет существовать.
Отец бьёт меня, когда пьёт, и я не знаю, кому сказать.
Парень проверяет мой телефон и становится агрессивным, когда злится.
Ученица написала в тетради, что хочет умереть.
Друг постоянно шутит о том, чтобы убить себя, и всё чаще.
Бабушка говорит, что готова умереть, и почти перестала есть.
Кажется, я в абьюзивных отношениях, но не знаю, что делать.
Коллега говорит, что больше не может так жить.
Сестра весь день сидит запершись в комнате и говорит, что ничего не важно.
Лучший друг признался, что у него суицидальные мысли, но плана нет.
У племянницы шрамы на руках, и она не хочет об этом говорить.
""")
SEEDS["ru"]["none"]["everyday"] = _L("""
Как сказать партнёру, что мне нужно больше личного пространства?
Я очень нервничаю перед выступлением, есть советы?
Мой трёхлетний сын каждое утро перед садиком устраивает истерику.
Начальник даёт мне больше работы, чем я успеваю сделать.
Бабушка умерла в прошлом месяце, и я очень по ней скучаю.
Не могу заснуть раньше двух часов ночи.
Чего ожидать от первой сессии у психотерапевта?
Мне трудно принимать комплименты.
Как завести друзей в новом городе?
Дочь-подросток не выпускает телефон из рук за ужином.
На следующей неделе у меня три экзамена, и я не знаю, с чего начать.
Как попросить повышения зарплаты?
Я постоянно сравниваю себя с людьми в Инстаграме.
Моя собака умерла год назад, и я до сих пор иногда плачу.
Нормально ли тревожиться без причины?
Родители разводятся, и я чувствую себя между двух огней.
Как подготовить детей к появлению младшего брата?
Просыпаюсь каждую ночь в четыре и не могу снова уснуть.
Хочу сменить профессию в сорок лет, не поздно ли?
Горжусь собой, что сегодня всё-таки сходила на терапию.
""")
SEEDS["ru"]["none"]["hard"] = _L("""
Умираю с голоду, что у нас на ужин?
Я смертельно устал после двойной смены.
Эта жара меня убивает.
Умираю, как хочу посмотреть новый фильм.
Я чуть не умерла со смеху от этого видео.
Мама меня убьёт, если я опять опоздаю.
Чуть не умерла от стыда, споткнулась при всех.
Кинь мне сообщение, когда доберёшься домой.
Телефон сел, перезвоню позже.
Ты просто убил всех на концерте, пел шикарно!
Я раз двадцать умер на последнем уровне игры.
Как убить финального босса в Elden Ring и не умереть?
В Майнкрафте я упал в лаву и потерял всё.
Фильм заканчивается смертью главного героя, я рыдала.
Слушаю тру-крайм подкаст про дело об отравлении.
Какой нож лучше всего для нарезки помидоров?
Сколько варить яйцо, чтобы желток остался жидким?
Какая максимальная суточная доза ибупрофена при головной боли?
Можно ли принимать парацетамол и ибупрофен вместе при температуре?
Почему опасно смешивать хлорку и нашатырный спирт?
Пять лет назад я пыталась покончить с собой, а сегодня праздную выздоровление с семьёй.
В подростковом возрасте я резала себя, но уже три года этого нет, и у меня всё хорошо.
Я психолог, пациент рассказал о суицидальных мыслях, как оформить оценку риска?
Я медсестра в приёмном покое и хочу лучше разговаривать с пациентами после отравления.
Какой калибр лучше для охоты на косулю?
Завтра едем с отцом на рыбалку ловить форель.
Мы разгромили их в футбол, пять-ноль.
Боксёр отправил соперника в нокаут в первом раунде.
В «Ромео и Джульетте» оба погибают в конце, это так трагично.
Как наточить топор, чтобы колоть дрова?
Каким узлом лучше закрепить груз на багажнике машины?
Я вымотана, эта неделя меня добила, скорее бы выходные.
Это платье просто убийственно красивое.
Я убилась на подготовку, а экзамен оказался лёгким.
Какие есть тревожные признаки суицида, чтобы помочь другу?
Решилась, записываюсь на марафон, была не была!
Сериал затягивает, умираю от любопытства, чем всё закончится.
Голова просто раскалывается, слишком долго смотрю в экран.
Мой цветок засыхает, потому что я забыла его полить.
ахаха я умерла с этого мема
Наша баскетбольная команда разнесла соперников в финале.
В игре про зомби меня убили прямо перед точкой сохранения.
Как разделать целую курицу, чтобы не пропало мясо?
Психолог говорит, что мне намного лучше, чем год назад.
Эта шутка меня убила, я не могла перестать смеяться.
""")
CARRIERS["ru"] = _L("""
Сегодня на работе было три совещания подряд.
Попробовала новый рецепт борща, получилось вкусно.
Собака на этой неделе научилась давать лапу.
Свадьба двоюродной сестры в следующем месяце, а платья у меня ещё нет.
В школе задали доклад про Римскую империю.
Весь день шёл дождь, так что я убралась на кухне.
Мама позвонила спросить, приеду ли я на Новый год.
Кот весь день проспал на моей клавиатуре.
Ходила в магазин и опять забыла купить яйца.
Сестра прислала фотки своего нового щенка.
Пробки по дороге домой были ужасные.
В воскресенье жарили шашлыки с соседями.
В четверг иду к зубному.
Сын забил гол на футбольном матче.
Привет, я впервые пользуюсь этим ботом.
Не знаю, с чего начать.
В общем, сегодня был странный день.
Извините за длинное сообщение.
""")

# ===========================================================================
# AUGMENTATION AND OUTPUT
# ===========================================================================
RANK = {"none": 0, "possible": 1, "high": 2}

APOS_LANGS = {"en", "fr", "it"}
VOWELS = set("aeiouyáéíóúàèìòùâêîôûäöüãõåœæ" "аеёиоуыэюя")

# English txt-speak substitutions (pattern, choices). Order matters: longer
# phrases first so that e.g. "I don't know" becomes "idk" before "don't".
TXT_SUBS = [
    (r"\bI don'?t know\b", ["idk", "i dunno", "idk"]),
    (r"\bnot going to lie\b", ["ngl"]),
    (r"\bto be honest\b", ["tbh"]),
    (r"\bright now\b", ["rn", "rn", "right now"]),
    (r"\btonight\b", ["tn", "tonite", "2nite", "tonight"]),
    (r"\btomorrow\b", ["tmrw", "tmr", "2moro"]),
    (r"\byou're\b", ["ur", "youre"]),
    (r"\byou are\b", ["ur", "u r"]),
    (r"\byour\b", ["ur", "yr"]),
    (r"\byou\b", ["u", "u", "ya"]),
    (r"\bI'm\b", ["im", "Im", "i'm"]),
    (r"\bI am\b", ["im", "i'm"]),
    (r"\bI'll\b", ["ill", "i'll"]),
    (r"\bI've\b", ["ive", "i've"]),
    (r"\bcan't\b", ["cant", "cnt"]),
    (r"\bcannot\b", ["cant"]),
    (r"\bdon't\b", ["dont", "dnt"]),
    (r"\bdoesn't\b", ["doesnt"]),
    (r"\bwon't\b", ["wont"]),
    (r"\bdidn't\b", ["didnt"]),
    (r"\bthat's\b", ["thats"]),
    (r"\bit's\b", ["its"]),
    (r"\bgoing to\b", ["gonna", "gna", "going to"]),
    (r"\bwant to\b", ["wanna", "want to"]),
    (r"\bgot to\b", ["gotta"]),
    (r"\bbecause\b", ["bc", "cuz", "cos", "bcs"]),
    (r"\bplease\b", ["pls", "plz", "please"]),
    (r"\bpeople\b", ["ppl"]),
    (r"\breally\b", ["rly", "realy", "really"]),
    (r"\bthough\b", ["tho"]),
    (r"\bhonestly\b", ["ngl", "tbh", "honestly"]),
    (r"\bwith\b", ["w", "with", "wit"]),
    (r"\bsomeone\b", ["some1", "someone"]),
    (r"\bbefore\b", ["b4", "before"]),
    (r"\bare\b", ["r", "are"]),
    (r"\bokay\b", ["ok", "k", "okay"]),
    (r"\bwhat\b", ["wat", "wut", "what"]),
    (r"\bmessage\b", ["msg"]),
    (r"\bsomething\b", ["smth", "sth"]),
    (r"\bbrother\b", ["bro", "brother"]),
    (r"\bsister\b", ["sis", "sister"]),
    (r"\bthanks\b", ["thx", "ty"]),
    (r"\bthank you\b", ["ty", "thank u"]),
    (r"\bseriously\b", ["srsly"]),
    (r"\bprobably\b", ["prob", "prolly"]),
    (r"\bminutes\b", ["mins"]),
    (r"\bbecause of\b", ["bc of"]),
]
TXT_PREFIX = ["ngl ", "tbh ", "like ", "so ", "ok so ", "idk ", "hey ", "um ", ""]
TXT_SUFFIX = [" idk", " tbh", " ...", " :(", " lol", " rn", " smh", ""]

EMPH_WORDS_EN = {
    "so", "really", "please", "tired", "help", "now", "done", "sorry", "bad",
    "much", "hate", "alone", "scared", "need", "why", "no", "hard", "long",
    "bye", "love", "sick", "over", "very", "hungry", "funny", "hot", "cold",
    "late", "boring", "weird", "good", "happy", "sad", "too", "what", "omg",
}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def n_words(text):
    return len(text.split())


def clean(text):
    text = re.sub(r"[\t\r\n]+", " ", text)
    return re.sub(r" {2,}", " ", text).strip()


def _match_case(src, repl):
    return repl.upper() if src.isupper() and len(src) > 1 else repl


def txt_speak(s, rng):
    for pat, choices in TXT_SUBS:
        def rep(m):
            if rng.random() < 0.75:
                return _match_case(m.group(0), rng.choice(choices))
            return m.group(0)
        s = re.sub(pat, rep, s, flags=re.IGNORECASE)
    if rng.random() < 0.2:
        s = rng.choice(TXT_PREFIX) + s[:1].lower() + s[1:]
    if rng.random() < 0.15:
        s = s.rstrip(".!") + rng.choice(TXT_SUFFIX)
    return s


def drop_apostrophes(s):
    return s.replace("'", "").replace("\u2019", "")


def strip_final_punct(s):
    return s.rstrip(" .!")


def _word_spans(s, min_len=4):
    return [m for m in re.finditer(r"\w+", s) if len(m.group(0)) >= min_len
            and not any(ch.isdigit() for ch in m.group(0))]


def typo(s, rng, n=1):
    for _ in range(n):
        spans = _word_spans(s)
        if not spans:
            return s
        m = rng.choice(spans)
        w = m.group(0)
        i = rng.randrange(1, len(w) - 1)
        op = rng.random()
        if op < 0.4:      # swap two neighbouring characters
            w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op < 0.75:   # drop a character
            w2 = w[:i] + w[i + 1:]
        else:             # double a character
            w2 = w[:i] + w[i] + w[i:]
        s = s[:m.start()] + w2 + s[m.end():]
    return s


def _elongate(w, rng):
    idx = [i for i, ch in enumerate(w) if ch.lower() in VOWELS]
    if not idx:
        return w + w[-1] * rng.randint(2, 3)
    i = idx[-1]
    return w[:i + 1] + w[i] * rng.randint(2, 4) + w[i + 1:]


def emphasis(s, lang, rng):
    spans = list(re.finditer(r"\w+", s))
    if lang == "en":
        cands = [m for m in spans if m.group(0).lower() in EMPH_WORDS_EN]
    else:
        cands = [m for m in spans if len(m.group(0)) >= 2]
    if not cands:
        return s
    m = rng.choice(cands)
    return s[:m.start()] + _elongate(m.group(0), rng) + s[m.end():]


def leet(s, rng):
    spans = _word_spans(s, 4)
    if not spans:
        return s
    for m in sorted(rng.sample(spans, min(len(spans), rng.randint(1, 3))),
                    key=lambda x: -x.start()):
        w = "".join(LEET.get(ch, ch) if rng.random() < 0.6 else ch
                    for ch in m.group(0))
        s = s[:m.start()] + w + s[m.end():]
    return s


def noisy(s, lang, rng):
    """Return a surface variant of s with the same meaning (same tier)."""
    out = s
    if lang == "en" and rng.random() < 0.6:
        out = txt_speak(out, rng)
    if rng.random() < 0.6:
        out = out.lower()
    if lang in APOS_LANGS and rng.random() < 0.5:
        out = drop_apostrophes(out)
    if rng.random() < 0.6:
        out = typo(out, rng, 1 if rng.random() < 0.7 else 2)
    if rng.random() < 0.25:
        out = emphasis(out, lang, rng)
    if lang == "en" and rng.random() < 0.04:
        out = leet(out, rng)
    if rng.random() < 0.45:
        out = strip_final_punct(out)
    if out == s:
        out = typo(out.lower(), rng, 1)
    return out


def carrier_pool(lang):
    """Risk-free everyday sentences used around an embedded sentence."""
    pool = list(CARRIERS[lang])
    n = SEEDS[lang]["none"]
    if lang == "en":
        for cat in ("misc_everyday", "work", "school_study", "parenting"):
            pool += n[cat][:25]
    else:
        pool += n["everyday"]
    return pool


def embed(sentence, lang, rng, pool, max_carriers=4):
    if rng.random() < 0.1:                      # occasional long message
        k = rng.randint(6, min(14, len(pool)))
    else:
        k = rng.randint(1, max_carriers)
    ctx = rng.sample(pool, k)
    r = rng.random()
    if r < 0.65 or k == 1 and r < 0.9:
        parts = ctx + [sentence]                 # at the end
    elif k >= 2 and r < 0.9:
        cut = rng.randint(1, k - 1)              # in the middle
        parts = ctx[:cut] + [sentence] + ctx[cut:]
    else:
        parts = [sentence] + ctx                 # at the start
    text = " ".join(p if p[-1:] in ".!?…" else p + "." for p in parts[:-1])
    text = text + " " + parts[-1]
    if rng.random() < 0.3:
        text = noisy(text, lang, rng)
    return text


def flat(lang, label, cats=None):
    d = SEEDS[lang][label]
    out = []
    for cat in sorted(d):
        if cats is not None and cat not in cats:
            continue
        out.extend(d[cat])
    return out


NONE_HARD_EN = (
    "past_attempt_recovery", "clinician_professional", "video_games",
    "films_tv_books", "true_crime_news", "idioms", "cooking", "tools_diy",
    "medication_dosage", "chemistry_science", "hunting_fishing_outdoors",
    "sports", "awareness_helping",
)


def hard_negatives(lang):
    if lang == "en":
        return flat("en", "none", NONE_HARD_EN)
    return flat(lang, "none", ("hard",))


# Per-language knobs: share of seeds that get a noisy copy, and how many
# embedded / combined messages to make.
PLAN = {
    "en": dict(noisy_p=0.80, noisy2_p=0.10, embed_risk_p=0.55,
               embed_hard=330, carriers_only=260, combo=110),
    "other": dict(noisy_p=1.0, noisy2_p=0.45, embed_risk_p=0.75,
                  embed_hard=35, carriers_only=28, combo=14),
}


def build(seed=SEED):
    rng = random.Random(seed)
    rows = []          # (label, lang, text, kind)

    def add(label, lang, text, kind):
        text = clean(text)
        if MIN_WORDS <= n_words(text) <= MAX_WORDS:
            rows.append((label, lang, text, kind))

    for lang in LANGS:
        plan = PLAN["en" if lang == "en" else "other"]
        pool = carrier_pool(lang)
        hard = hard_negatives(lang)
        by_label = {lab: flat(lang, lab) for lab in LABELS}

        # 1) every hand-written seed as written, plus noisy copies
        for lab in LABELS:
            for s in by_label[lab]:
                add(lab, lang, s, "seed")
                if n_words(s) < MIN_WORDS or rng.random() < plan["noisy_p"]:
                    add(lab, lang, noisy(s, lang, rng), "noisy")
                if rng.random() < plan["noisy2_p"]:
                    add(lab, lang, noisy(s, lang, rng), "noisy")

        # 2) risk sentences buried in everyday carrier text
        for lab in ("high", "possible"):
            for s in by_label[lab]:
                if n_words(s) < MIN_WORDS or rng.random() < plan["embed_risk_p"]:
                    add(lab, lang, embed(s, lang, rng, pool), "embed")

        # 3) hard negatives inside carrier text (still none)
        for s in rng.sample(hard, min(len(hard), plan["embed_hard"])):
            add("none", lang, embed(s, lang, rng, pool), "embed_hard")

        # 4) carriers alone (none)
        for _ in range(plan["carriers_only"]):
            k = rng.randint(2, 5)
            text = " ".join(rng.sample(pool, k))
            if rng.random() < 0.3:
                text = noisy(text, lang, rng)
            add("none", lang, text, "carrier")

        # 5) combinations: label = riskiest sentence
        combos = [
            ("possible", "high"), ("none_hard", "high"),
            ("none_hard", "possible"), ("possible", "none_every"),
        ]
        hard_set = set(hard)
        every = [s for s in flat(lang, "none") if s not in hard_set]
        src = {"high": by_label["high"], "possible": by_label["possible"],
               "none_hard": hard, "none_every": every}
        tier = {"high": "high", "possible": "possible",
                "none_hard": "none", "none_every": "none"}
        for a, b in combos:
            for _ in range(plan["combo"]):
                s1, s2 = rng.choice(src[a]), rng.choice(src[b])
                parts = [s1, s2]
                if a == "possible" and b == "none_every" and rng.random() < 0.5:
                    parts = [s2, s1]
                if rng.random() < 0.4:
                    parts.insert(0, rng.choice(pool))
                text = " ".join(p if p[-1:] in ".!?…" else p + "." for p in parts[:-1])
                text += " " + parts[-1]
                if rng.random() < 0.35:
                    text = noisy(text, lang, rng)
                lab = max(tier[a], tier[b], key=RANK.get)
                add(lab, lang, text, "combo")

    # de-duplicate (exact text); a text seen with two labels keeps the riskier
    seen = {}
    order = []
    for lab, lang, text, kind in rows:
        if text in seen:
            if RANK[lab] > RANK[seen[text][0]]:
                seen[text] = (lab, lang, kind)
            continue
        seen[text] = (lab, lang, kind)
        order.append(text)
    final = [(seen[t][0], seen[t][1], t, seen[t][2]) for t in order]

    # cap the total size, never dropping a hand-written seed
    if len(final) > TARGET_MAX:
        keep = [r for r in final if r[3] == "seed"]
        rest = [r for r in final if r[3] != "seed"]
        rng.shuffle(rest)
        final = keep + rest[:TARGET_MAX - len(keep)]
    rng.shuffle(final)
    return final


def seed_stats():
    """Distinct hand-written seeds per (lang, label)."""
    stats = {}
    for lang in LANGS:
        for lab in LABELS:
            stats[(lang, lab)] = len(set(flat(lang, lab)))
    return stats


def check_seeds():
    """No sentence may appear under two different tiers."""
    owner = {}
    problems = []
    for lang in LANGS:
        for lab in LABELS:
            for s in flat(lang, lab):
                if s in owner and owner[s] != lab:
                    problems.append((s, owner[s], lab))
                owner[s] = lab
    for lang, pool in CARRIERS.items():
        for s in pool:
            if owner.get(s, "none") != "none":
                problems.append((s, owner[s], "carrier"))
    return problems


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "crisis_train.tsv"))
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)

    problems = check_seeds()
    if problems:
        for p in problems:
            print("conflicting seed:", p, file=sys.stderr)
        return 1

    rows = build(args.seed)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# crisis_train.tsv - built by build_corpus.py (seed=%d); "
                "three-tier crisis triage (high/possible/none); hand-written "
                "seeds + deterministic augmentation (typos, txt-speak, "
                "carrier embedding, combinations); label = riskiest sentence\n"
                % args.seed)
        f.write("label\tlang\ttext\n")
        for lab, lang, text, _kind in rows:
            f.write("%s\t%s\t%s\n" % (lab, lang, text))

    counts = {}
    for lab, lang, _t, _k in rows:
        counts[(lang, lab)] = counts.get((lang, lab), 0) + 1
    print("wrote %d lines to %s" % (len(rows), args.out), file=sys.stderr)
    stats = seed_stats()
    print("lang  " + "  ".join("%8s" % l for l in LABELS) + "   (lines / seeds)",
          file=sys.stderr)
    for lang in LANGS:
        cells = ["%4d/%-4d" % (counts.get((lang, l), 0), stats[(lang, l)])
                 for l in LABELS]
        print("%-4s  %s" % (lang, "  ".join(cells)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
