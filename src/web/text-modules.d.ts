/** Text files imported as strings (wrangler `[[rules]] type = "Text"`): the seed reports. */
declare module '*.txt' {
  const text: string
  export default text
}
